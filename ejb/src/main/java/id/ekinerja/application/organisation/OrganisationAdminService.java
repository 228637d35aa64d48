package id.ekinerja.application.organisation;

import id.ekinerja.application.activity.TenantActivity;
import id.ekinerja.application.organisation.PegawaiImportService.InitialPassword;
import id.ekinerja.application.security.Actor;
import id.ekinerja.application.security.TenantAuthorization;
import id.ekinerja.domain.model.organisation.EmailAddress;
import id.ekinerja.domain.model.organisation.Pegawai;
import id.ekinerja.domain.model.organisation.UnitKerja;
import id.ekinerja.infrastructure.keycloak.KeycloakAdmin;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import id.ekinerja.tenantconfig.InvalidNipException;
import id.ekinerja.tenantconfig.JabatanKind;
import id.ekinerja.tenantconfig.Nip;
import id.ekinerja.tenantconfig.TenantRole;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The organisation forms: unit kerja tree and pegawai. Every method checks that the actor is an admin of the
 * current tenant; ids are looked up in the tenant's own schema, so another agency's id finds nothing.
 */
@Stateless
public class OrganisationAdminService {

    @Inject
    TenantAuthorization authorization;

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    Event<TenantActivity> activity;

    @PersistenceContext
    EntityManager em;

    /** A row of the pegawai table. */
    public record PegawaiSummary(long id, String nip, String name, String jabatan, String unitName, String ppkName,
                                 boolean active) implements java.io.Serializable {
    }

    /** A unit in tree order with its depth (0 = root) and parent. */
    public record UnitNode(long id, String code, String name, Long parentId, int depth) implements java.io.Serializable {
    }

    // ---------------------------------------------------------------- pegawai

    public List<PegawaiSummary> searchPegawai(Actor actor, String query, int first, int max) {
        authorization.requireAdmin(actor);
        return em.createQuery("select new " + PegawaiSummary.class.getName() + "(p.id, p.nip, p.name, p.jabatan, "
                        + "u.name, s.name, p.active) from Pegawai p left join p.unit u left join p.ppk s "
                        + "where " + WHERE + " order by p.name, p.nip", PegawaiSummary.class)
                .setParameter("q", like(query)).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countPegawai(Actor actor, String query) {
        authorization.requireAdmin(actor);
        return em.createQuery("select count(p) from Pegawai p where " + WHERE, Long.class)
                .setParameter("q", like(query)).getSingleResult();
    }

    private static final String WHERE = "(:q = '%' or lower(p.name) like :q or p.nip like :q)";

    private static String like(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        q = q.replaceAll("\\s+", q.chars().allMatch(c -> Character.isDigit(c) || c == ' ') ? "" : " ");
        return "%" + q.replace("%", "").replace("_", "") + "%";
    }

    public PegawaiForm loadPegawai(Actor actor, long id) {
        authorization.requireAdmin(actor);
        Pegawai p = find(id);
        PegawaiForm f = new PegawaiForm();
        f.setId(p.getId());
        f.setNip(p.getNip());
        f.setType(p.getEmployeeType());
        f.setName(p.getName());
        f.setEmail(p.getEmail());
        f.setPangkatGolongan(p.getPangkatGolongan());
        f.setJabatan(p.getJabatan());
        f.setJabatanKind(p.getJabatanKind());
        f.setJenjang(p.getJenjang());
        f.setUnitId(p.getUnit() == null ? null : p.getUnit().getId());
        f.setPpkNip(p.getPpk() == null ? null : p.getPpk().getNip());
        f.setRoles(new ArrayList<>(p.getRoles()));
        f.setActive(p.isActive());
        f.setMutasiTo(p.getMutasiTo());
        f.setMutasiOn(p.getMutasiOn());
        return f;
    }

    /**
     * Creates or updates a pegawai after checking every field; a new pegawai also gets a Keycloak account
     * (no password yet: the admin issues one) or, if the NIP has one in another agency, membership only.
     *
     * @return the pegawai's id
     * @throws OrganisationException naming the field and the reason
     */
    public long savePegawai(Actor actor, PegawaiForm f) {
        authorization.requireAdmin(actor);
        if (f.getType() == null) {
            throw new OrganisationException("type", "org.form.required");
        }
        String nip;
        try {
            nip = Nip.parse(f.getNip(), f.getType()).value();
        } catch (InvalidNipException e) {
            throw new OrganisationException("nip", "org." + e.reasonKey());
        }
        String name = limited(required(f.getName(), "name"), 200, "name");
        String jabatan = limited(required(f.getJabatan(), "jabatan"), 200, "jabatan");
        if (f.getJabatanKind() == null) {
            throw new OrganisationException("jabatanKind", "org.form.required");
        }
        if (f.getJabatanKind() == JabatanKind.FUNGSIONAL && blank(f.getJenjang())) {
            throw new OrganisationException("jenjang", "org.import.error.jenjangRequired");
        }
        UnitKerja unit = f.getUnitId() == null ? null : em.find(UnitKerja.class, f.getUnitId());
        if (unit == null) {
            throw new OrganisationException("unit", "org.form.unitRequired");
        }
        String email = blank(f.getEmail()) ? null : f.getEmail().strip().toLowerCase(Locale.ROOT);
        if (email != null && !EmailAddress.isValid(email)) {
            throw new OrganisationException("email", "org.import.error.email", f.getEmail());
        }
        if (email != null && !em.createQuery("select p.nip from Pegawai p where lower(p.email) = :e and p.nip <> :n",
                String.class).setParameter("e", email).setParameter("n", nip).getResultList().isEmpty()) {
            throw new OrganisationException("email", "org.form.emailTaken");
        }

        Pegawai p;
        boolean created = f.getId() == null;
        if (created) {
            if (findByNip(nip).isPresent()) {
                throw new OrganisationException("nip", "org.form.nipTaken");
            }
            p = new Pegawai(nip, f.getType(), name, email, unit);
            em.persist(p);
        } else {
            p = find(f.getId());
            if (!p.getNip().equals(nip) || p.getEmployeeType() != f.getType()) {
                throw new OrganisationException("nip", "org.form.nipFixed");
            }
            p.describe(name, email);
            p.placeIn(unit);
        }
        p.assignPosition(jabatan, f.getJabatanKind(), blank(f.getJenjang()) ? null : limited(f.getJenjang().strip(), 40, "jenjang"),
                blank(f.getPangkatGolongan()) ? null : limited(f.getPangkatGolongan().strip(), 80, "pangkatGolongan"));
        Pegawai ppk = null;
        if (!blank(f.getPpkNip())) {
            ppk = findByNip(Nip.stripWhitespace(f.getPpkNip()))
                    .orElseThrow(() -> new OrganisationException("ppk", "org.form.ppkUnknown"));
            if (ppk == p || ppk.getNip().equals(nip)) {
                throw new OrganisationException("ppk", "org.import.error.selfPpk");
            }
            if (p.wouldCycle(ppk)) {
                throw new OrganisationException("ppk", "org.form.ppkCycle", ppk.getName());
            }
        }
        p.reportTo(ppk);
        p.assignRoles(f.getRoles().isEmpty() ? EnumSet.noneOf(TenantRole.class) : EnumSet.copyOf(f.getRoles()));
        if (p.getNip().equals(actor.username()) && !f.isActive()) {
            throw new OrganisationException("active", "org.form.selfDeactivate");
        }
        p.setActive(f.isActive());
        em.flush();
        activity.fire(new TenantActivity(actor.username(), created ? "PEGAWAI_CREATE" : "PEGAWAI_UPDATE", "pegawai",
                nip, name));
        if (created) {
            ensureAccount(nip, email, name);
        }
        return p.getId();
    }

    /** Account after the row: if Keycloak fails, the transaction rolls back and the admin simply retries. */
    private void ensureAccount(String nip, String email, String name) {
        String userId = keycloak.findUserId(nip).orElse(null);
        if (userId == null) {
            if (email != null && keycloak.findUserIdByEmail(email).isPresent()) {
                throw new OrganisationException("email", "org.form.emailTaken");
            }
            userId = keycloak.partialImportUsers(List.of(new KeycloakAdmin.NewUser(nip, email, name))).get(nip);
        }
        String org = keycloak.findOrganizationId(TenantContext.require()).orElseThrow();
        keycloak.addMembers(org, List.of(userId), 1, n -> { });
    }

    /**
     * Mutasi keluar: the pegawai moves to another agency. Here they become inactive with the destination and
     * date recorded, and their membership of this agency's organization ends, so they can no longer open it; their
     * SKP, evaluations and log entries stay, readable by this agency's admins and superiors. The Keycloak account
     * (the NIP login) is kept: the receiving agency adds the same NIP and the person signs in as before.
     *
     * @return how many active pegawai still have the moved person as PPK (the admin must give them another)
     */
    public long mutasiKeluar(Actor actor, long pegawaiId, String destination, LocalDate on) {
        authorization.requireAdmin(actor);
        Pegawai p = find(pegawaiId);
        if (p.getNip().equals(actor.username())) {
            throw new OrganisationException("mutasi", "org.mutasi.self");
        }
        if (!p.isActive()) {
            throw new OrganisationException("mutasi", "org.mutasi.inactive");
        }
        if (destination == null || destination.isBlank() || destination.strip().length() > 200) {
            throw new OrganisationException("mutasiTo", "org.mutasi.destination");
        }
        if (on == null) {
            throw new OrganisationException("mutasiOn", "org.mutasi.date");
        }
        p.mutasiKeluar(destination, on);
        em.flush();
        activity.fire(new TenantActivity(actor.username(), "PEGAWAI_MUTASI", "pegawai", p.getNip(),
                p.getName() + " dimutasi ke " + destination.strip() + " mulai " + on));
        long orphans = em.createQuery("select count(s) from Pegawai s where s.ppk = :p and s.active = true", Long.class)
                .setParameter("p", p).getSingleResult();
        // Membership last: if Keycloak fails, the transaction rolls back and the admin retries.
        String org = keycloak.findOrganizationId(TenantContext.require()).orElseThrow();
        keycloak.findUserId(p.getNip()).ifPresent(userId -> keycloak.removeMember(org, userId));
        return orphans;
    }

    /** A new random initial password for one pegawai's account, to be shown once; first sign-in replaces it. */
    public InitialPassword issuePassword(Actor actor, long pegawaiId) {
        authorization.requireAdmin(actor);
        Pegawai p = find(pegawaiId);
        String userId = keycloak.findUserId(p.getNip())
                .orElseThrow(() -> new OrganisationException(null, "org.form.noAccount"));
        String password = PegawaiImportService.newPassword();
        keycloak.setTemporaryPassword(userId, password);
        activity.fire(new TenantActivity(actor.username(), "PEGAWAI_PASSWORD", "pegawai", p.getNip(), null));
        return new InitialPassword(p.getNip(), p.getName(), password);
    }

    /** Possible PPKs by name or NIP (for the picker), active pegawai only. */
    public List<PegawaiSummary> ppkCandidates(Actor actor, String query) {
        return searchPegawai(actor, query, 0, 15).stream().filter(PegawaiSummary::active).toList();
    }

    private Pegawai find(long id) {
        Pegawai p = em.find(Pegawai.class, id);
        if (p == null) {
            throw new OrganisationException(null, "org.notFound");
        }
        return p;
    }

    private Optional<Pegawai> findByNip(String nip) {
        return em.createQuery("select p from Pegawai p where p.nip = :n", Pegawai.class).setParameter("n", nip)
                .getResultStream().findFirst();
    }

    // ---------------------------------------------------------------- unit kerja

    /** The tree, depth-first, children by name. */
    public List<UnitNode> units(Actor actor) {
        authorization.requireAdmin(actor);
        List<UnitKerja> all = em.createQuery("select u from UnitKerja u left join fetch u.parent order by u.name",
                UnitKerja.class).getResultList();
        Map<Long, List<UnitKerja>> children = new HashMap<>();
        List<UnitKerja> roots = new ArrayList<>();
        for (UnitKerja u : all) {
            if (u.getParent() == null) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.getParent().getId(), k -> new ArrayList<>()).add(u);
            }
        }
        List<UnitNode> out = new ArrayList<>();
        roots.forEach(r -> walk(r, 0, children, out));
        return out;
    }

    private static void walk(UnitKerja u, int depth, Map<Long, List<UnitKerja>> children, List<UnitNode> out) {
        out.add(new UnitNode(u.getId(), u.getCode(), u.getName(), u.getParent() == null ? null : u.getParent().getId(),
                depth));
        children.getOrDefault(u.getId(), List.of()).forEach(c -> walk(c, depth + 1, children, out));
    }

    public long addUnit(Actor actor, String code, String name, Long parentId) {
        authorization.requireAdmin(actor);
        String c = required(code, "code");
        if (!c.matches("[A-Za-z0-9._-]{1,40}")) {
            throw new OrganisationException("code", "org.units.codeFormat");
        }
        if (!em.createQuery("select u.id from UnitKerja u where u.code = :c", Long.class).setParameter("c", c)
                .getResultList().isEmpty()) {
            throw new OrganisationException("code", "org.units.codeTaken", c);
        }
        UnitKerja parent = parentId == null ? null : findUnit(parentId);
        UnitKerja unit = new UnitKerja(c, limited(required(name, "name"), 200, "name"), parent);
        em.persist(unit);
        em.flush();
        activity.fire(new TenantActivity(actor.username(), "UNIT_CREATE", "unit_kerja", c, unit.getName()));
        return unit.getId();
    }

    public void renameUnit(Actor actor, long id, String name) {
        authorization.requireAdmin(actor);
        UnitKerja unit = findUnit(id);
        unit.rename(limited(required(name, "name"), 200, "name"));
        activity.fire(new TenantActivity(actor.username(), "UNIT_RENAME", "unit_kerja", unit.getCode(), unit.getName()));
    }

    /** Moves a unit under another; refuses its own subtree (the tree stays a tree). {@code null} = root. */
    public void moveUnit(Actor actor, long id, Long newParentId) {
        authorization.requireAdmin(actor);
        UnitKerja unit = findUnit(id);
        UnitKerja parent = newParentId == null ? null : findUnit(newParentId);
        if (parent != null && unit.isAncestorOf(parent)) {
            throw new OrganisationException("parent", "org.units.cycle", unit.getName(), parent.getName());
        }
        unit.moveUnder(parent);
        activity.fire(new TenantActivity(actor.username(), "UNIT_MOVE", "unit_kerja", unit.getCode(),
                parent == null ? "-" : parent.getCode()));
    }

    private UnitKerja findUnit(long id) {
        UnitKerja u = em.find(UnitKerja.class, id);
        if (u == null) {
            throw new OrganisationException(null, "org.notFound");
        }
        return u;
    }

    private static String required(String value, String field) {
        if (blank(value)) {
            throw new OrganisationException(field, "org.form.required");
        }
        return value.strip();
    }

    /** The column's length, checked here with a message instead of failing in the database (HTTP 500). */
    private static String limited(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new OrganisationException(field, "org.form.tooLong", max);
        }
        return value;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
