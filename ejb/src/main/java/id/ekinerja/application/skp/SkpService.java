package id.ekinerja.application.skp;

import id.ekinerja.application.activity.TenantActivity;
import id.ekinerja.application.notification.NotificationRequested;
import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.application.security.Actor;
import id.ekinerja.application.security.TenantAuthorization;
import id.ekinerja.application.settings.AgencySettings;
import id.ekinerja.domain.model.organisation.Pegawai;
import id.ekinerja.domain.model.settings.SettingsVersion;
import id.ekinerja.domain.model.skp.AnnualPeriod;
import id.ekinerja.domain.model.skp.Iki;
import id.ekinerja.domain.model.skp.JenisRhk;
import id.ekinerja.domain.model.skp.PeriodNotOpenException;
import id.ekinerja.domain.model.skp.Rhk;
import id.ekinerja.domain.model.skp.Skp;
import id.ekinerja.domain.model.skp.SkpConflictException;
import id.ekinerja.domain.model.skp.SkpIncompleteException;
import id.ekinerja.domain.model.skp.SkpStatus;
import id.ekinerja.domain.model.skp.WorkCalendar;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import id.ekinerja.infrastructure.tenancy.TenantCopies;
import id.ekinerja.tenantconfig.BehaviourExpectation;
import id.ekinerja.tenantconfig.CoreValue;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SKP use cases. Who may do what, checked here whatever the page offered:
 * <ul>
 *   <li>drafting, submitting, revising: the owner only;</li>
 *   <li>approving or returning: the PPK of record (fixed at submission). The agency's top leader has no PPK
 *       inside the agency: their superior is outside it (a minister, a commission), so an admin instansi
 *       records that superior's decision on their behalf; the SKP and the activity log say so;</li>
 *   <li>reading: the owner, their PPK, the atasan PPK, and the admins.</li>
 * </ul>
 * Ids from URLs or forms are looked up in the current tenant's schema only, and an id that is not there or
 * not readable is refused with the same message, so nothing about other rows leaks.
 */
@Stateless
public class SkpService {
    static final String ENTITY = "skp";
    /** The open year per tenant, as read today; opening or closing a period through this node drops it at once. */
    private static final TenantCopies<LocalDate, Optional<Integer>> OPEN_YEAR = new TenantCopies<>();

    @PersistenceContext
    EntityManager em;

    @EJB
    AgencySettings agencySettings;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @EJB
    EvaluationWindows windows;

    @Inject
    TenantAuthorization auth;

    @Inject
    Event<TenantActivity> activity;

    @Inject
    Event<NotificationRequested> notifications;

    // ---- periods -------------------------------------------------------------------------------------

    public List<AnnualPeriod> periods() {
        return em.createQuery("select p from AnnualPeriod p order by p.year desc", AnnualPeriod.class).getResultList();
    }

    /** The latest open year, the one pages start with (read again at most every few seconds: every page asks). */
    public Optional<Integer> currentYear() {
        String tenant = TenantContext.require();
        LocalDate today = WorkCalendar.today();
        Optional<Optional<Integer>> copy = OPEN_YEAR.get(tenant, today);
        if (copy.isPresent()) {
            return copy.get();
        }
        Optional<Integer> year = em.createQuery("select max(p.year) from AnnualPeriod p where p.status = "
                + "id.ekinerja.domain.model.skp.PeriodStatus.OPEN", Integer.class).getResultStream()
                .filter(java.util.Objects::nonNull).findFirst();
        OPEN_YEAR.put(tenant, today, year);
        return year;
    }

    public AnnualPeriod openPeriod(Actor actor, int year) {
        auth.requireAdmin(actor);
        AnnualPeriod period = findPeriod(year).orElse(null);
        if (period == null) {
            period = new AnnualPeriod(year, actor.username());
            em.persist(period);
        } else {
            period.open(actor.username());
        }
        em.flush();
        OPEN_YEAR.forget(transactions, TenantContext.require());
        windows.ensureFor(period, actor.username());
        log(actor, "PERIOD_OPEN", "annual_period", String.valueOf(year), "Periode " + year + " dibuka");
        return period;
    }

    public AnnualPeriod closePeriod(Actor actor, int year) {
        auth.requireAdmin(actor);
        AnnualPeriod period = findPeriod(year).orElseThrow(() -> new PeriodNotOpenException("skp.error.periodNotOpen", year));
        period.close(actor.username());
        OPEN_YEAR.forget(transactions, TenantContext.require());
        log(actor, "PERIOD_CLOSE", "annual_period", String.valueOf(year), "Periode " + year + " ditutup");
        return period;
    }

    private Optional<AnnualPeriod> findPeriod(int year) {
        return em.createQuery("select p from AnnualPeriod p where p.year = :y", AnnualPeriod.class)
                .setParameter("y", year).getResultStream().findFirst();
    }

    // ---- the owner -----------------------------------------------------------------------------------

    /**
     * Everything the pegawai's own SKP page shows, in one transaction (one lookup of the actor): the open year,
     * their latest revision, what it may intervene (only while it is editable) and whom they wait for.
     */
    public MySkpView mySkpPage(Actor actor) {
        Integer year = currentYear().orElse(null);
        if (year == null) {
            auth.pegawai(actor); // refuses who is not a pegawai of this agency, as below
            return new MySkpView(null, null, List.of(), List.of());
        }
        MeWithLatest mine = meWithLatest(actor, year);
        Pegawai me = mine.me();
        SkpDocument doc = mine.latest() == null ? null : latestDocument(mine.latest());
        List<InterventionOption> options = doc == null || doc.editable() ? interventionOptions(me, year) : List.of();
        // options come from the PPK's approved SKP: when there are some, nobody above blocks (one query fewer)
        return new MySkpView(year, doc, options, options.isEmpty() ? waitingFor(me, year) : List.of());
    }

    /**
     * The actor's pegawai with their unit, PPK and the PPK's PPK (and their units), and their latest SKP of the year
     * (null if none) with its ekspektasi: the SKP page names PPK and atasan and shows the ekspektasi. One statement
     * instead of three (the person, the SKP, its ekspektasi), on the rush's busiest page.
     */
    private MeWithLatest meWithLatest(Actor actor, int year) {
        // the six people and units as entities of one plain query, not an entity graph: Hibernate translates a query
        // with a graph hint again on every run, and fetch joins cannot go two levels (JPA forbids their aliases). The
        // latest revision by its number, not by "order by ... limit 1": with the ekspektasi fetched, Hibernate would
        // apply the limit in memory, after reading every revision. A list, not a stream: a stream stopped after the
        // first row would leave the ekspektasi of the other rows out.
        List<Object[]> rows = em.createQuery("select p, s, u, ppk, ppkUnit, atasan, atasanUnit from Pegawai p"
                        + " left join p.unit u left join p.ppk ppk left join ppk.unit ppkUnit left join ppk.ppk atasan"
                        + " left join atasan.unit atasanUnit"
                        + " left join Skp s on s.pegawai = p and s.year = :y and s.revision ="
                        + " (select max(l.revision) from Skp l where l.pegawai = p and l.year = :y)"
                        + " left join fetch s.ekspektasi"
                        + " where p.nip = :nip and p.active = true", Object[].class)
                .setParameter("nip", actor.username()).setParameter("y", year).getResultList();
        if (rows.isEmpty()) {
            throw new AccessDeniedException("access.notPegawai");
        }
        return new MeWithLatest((Pegawai) rows.get(0)[0], (Skp) rows.get(0)[1]);
    }

    private record MeWithLatest(Pegawai me, Skp latest) {
    }

    /** The actor's latest revision for the year, if they started one. */
    public Optional<SkpDocument> mySkp(Actor actor, int year) {
        Pegawai me = auth.pegawai(actor);
        return latest(me, year).map(this::latestDocument);
    }

    /** Starts the actor's draft for an open year; returns the existing latest revision if there is one. */
    public SkpDocument startDraft(Actor actor, int year) {
        Pegawai me = auth.pegawai(actor);
        Optional<Skp> existing = latest(me, year);
        if (existing.isPresent()) {
            return latestDocument(existing.get());
        }
        if (findPeriod(year).filter(AnnualPeriod::isOpen).isEmpty()) {
            throw new PeriodNotOpenException("skp.error.periodNotOpen", year);
        }
        Skp skp = new Skp(me, year, actor.username());
        em.persist(skp);
        em.flush();
        log(actor, "SKP_CREATE", skp, "SKP " + year + " revisi 1 dibuat");
        return document(skp);
    }

    /** Saves the whole document; refused if someone saved it after the actor loaded {@code loadedVersion}. */
    public SkpDocument saveDraft(Actor actor, long skpId, int loadedVersion, SkpContent content) {
        Skp skp = owned(actor, skpId);
        requireVersion(skp, loadedVersion);
        List<String> before = snapshot(skp);
        List<Rhk> rhk = new ArrayList<>();
        for (SkpContent.RhkInput r : content.rhk()) {
            Rhk intervened = null;
            if (r.intervenedRhkId() != null) {
                intervened = em.find(Rhk.class, r.intervenedRhkId());
                if (intervened == null) {
                    throw new SkpIncompleteException("skp.error.interventionNotOfPpk", r.text());
                }
            }
            List<Iki> iki = r.iki().stream().map(i -> new Iki(i.indicator(), i.targetValue(), i.targetUnit(),
                    i.targetText(), i.aspek(), i.perspektif())).toList();
            rhk.add(new Rhk(r.jenis() == null ? JenisRhk.UTAMA : r.jenis(), r.text(), intervened, iki));
        }
        skp.replaceContent(content.pendekatan(), rhk, content.dukunganSumberDaya(), content.skemaPertanggungjawaban(),
                content.konsekuensi(), actor.username());
        flush();
        log(actor, "SKP_SAVE", skp, diff(before, snapshot(skp)));
        return document(skp);
    }

    public SkpDocument submit(Actor actor, long skpId, int loadedVersion) {
        Skp skp = owned(actor, skpId);
        requireVersion(skp, loadedVersion);
        skp.submit(actor.username());
        flush();
        log(actor, "SKP_SUBMIT", skp, "Diajukan kepada PPK "
                + (skp.getPpk() == null ? "(atasan di luar instansi)" : skp.getPpk().getName() + " " + skp.getPpk().getNip()));
        if (skp.getPpk() != null) {
            Pegawai owner = skp.getPegawai();
            notifications.fire(new NotificationRequested(skp.getPpk().getNip(), "SKP_SUBMITTED",
                    "SKP " + skp.getYear() + " " + owner.getName() + " menunggu persetujuan Anda",
                    owner.getName() + " (NIP " + owner.getNip() + ") mengajukan SKP tahun " + skp.getYear() + " revisi "
                            + skp.getRevision() + " kepada Anda sebagai PPK. Mohon periksa, lalu setujui atau kembalikan"
                            + " dengan alasan.", viewLink(skp)));
        }
        return document(skp);
    }

    /** A new draft revision of an approved SKP; the approved one stays in force and visible. */
    public SkpDocument revise(Actor actor, long skpId) {
        Skp skp = owned(actor, skpId);
        Skp newest = latest(skp.getPegawai(), skp.getYear()).orElseThrow();
        if (newest != skp) {
            return document(newest); // a newer revision exists already: continue that one
        }
        Skp next = skp.revise(actor.username());
        em.persist(next);
        flush();
        log(actor, "SKP_REVISE", next, "Revisi " + next.getRevision() + " dibuat dari revisi " + skp.getRevision()
                + " (id " + skp.getId() + ")");
        return document(next);
    }

    // ---- reading -------------------------------------------------------------------------------------

    public SkpDocument view(Actor actor, long skpId) {
        Skp skp = find(skpId);
        Pegawai me = auth.pegawai(actor);
        if (!canRead(me, skp)) {
            throw new AccessDeniedException("skp.access.denied");
        }
        return document(skp);
    }

    /** Whether the actor may approve or return this SKP (for the page to offer the buttons). */
    public boolean canDecide(Actor actor, long skpId) {
        try {
            decider(auth.pegawai(actor), find(skpId));
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /**
     * The actor's inbox: their subordinates' SKP that were submitted (or decided), newest first; admins also
     * see top leaders' SKP, which they record on behalf of the leader's superior outside the agency.
     */
    public List<InboxLine> inbox(Actor actor) {
        Pegawai me = auth.pegawai(actor);
        List<Skp> rows = new ArrayList<>(em.createQuery("select s from Skp s join s.pegawai p"
                        + " where (s.ppk = :me or (s.ppk is null and p.ppk = :me)) and s.status in :states"
                        + " order by s.year desc, s.updatedAt desc", Skp.class)
                .setParameter("me", me).setParameter("states", List.of(SkpStatus.DIAJUKAN, SkpStatus.DIKEMBALIKAN,
                        SkpStatus.DISETUJUI)).getResultList());
        if (isAdmin(me)) {
            rows.addAll(em.createQuery("select s from Skp s join s.pegawai p where p.ppk is null and p <> :me"
                            + " and s.status in :states order by s.year desc, s.updatedAt desc", Skp.class)
                    .setParameter("me", me).setParameter("states", List.of(SkpStatus.DIAJUKAN, SkpStatus.DIKEMBALIKAN,
                            SkpStatus.DISETUJUI)).getResultList());
        }
        return rows.stream().map(s -> new InboxLine(s.getId(), s.getPegawai().getNip(), s.getPegawai().getName(),
                s.getPegawai().getJabatan(), s.getYear(), s.getRevision(), s.getStatus(), s.getSubmittedAt(),
                s.getPegawai().getPpk() == null)).toList();
    }

    // ---- the PPK -------------------------------------------------------------------------------------

    public SkpDocument approve(Actor actor, long skpId, int loadedVersion, Map<CoreValue, String> ekspektasi) {
        Skp skp = find(skpId);
        Pegawai me = auth.pegawai(actor);
        boolean onBehalf = decider(me, skp);
        requireVersion(skp, loadedVersion);
        skp.approve(me, ekspektasi, onBehalf);
        Skp previous = skp.getPrevious();
        if (previous != null && previous.getStatus() == SkpStatus.DISETUJUI) {
            previous.supersede();
        }
        flush();
        log(actor, "SKP_APPROVE", skp, (onBehalf ? "Disetujui oleh admin instansi atas nama atasan pimpinan di luar instansi; "
                : "Disetujui; ") + "ekspektasi khusus: " + skp.getEkspektasi().keySet()
                + (previous != null ? "; revisi " + previous.getRevision() + " diganti" : ""));
        notifications.fire(new NotificationRequested(skp.getPegawai().getNip(), "SKP_APPROVED",
                "SKP " + skp.getYear() + " Anda telah disetujui",
                "SKP tahun " + skp.getYear() + " revisi " + skp.getRevision() + " Anda telah disetujui oleh "
                        + (onBehalf ? "admin instansi atas nama atasan Anda" : me.getName()) + ". SKP ini sekarang berlaku.",
                viewLink(skp)));
        return document(skp);
    }

    public SkpDocument returnSkp(Actor actor, long skpId, int loadedVersion, String reason) {
        Skp skp = find(skpId);
        Pegawai me = auth.pegawai(actor);
        boolean onBehalf = decider(me, skp);
        requireVersion(skp, loadedVersion);
        skp.returnToOwner(me, reason, onBehalf);
        flush();
        log(actor, "SKP_RETURN", skp, (onBehalf ? "Dikembalikan atas nama atasan di luar instansi: " : "Dikembalikan: ")
                + skp.getReturnReason());
        notifications.fire(new NotificationRequested(skp.getPegawai().getNip(), "SKP_RETURNED",
                "SKP " + skp.getYear() + " Anda dikembalikan untuk diperbaiki",
                "SKP tahun " + skp.getYear() + " revisi " + skp.getRevision() + " Anda dikembalikan oleh "
                        + (onBehalf ? "admin instansi atas nama atasan Anda" : me.getName()) + " dengan alasan:\n\n"
                        + skp.getReturnReason() + "\n\nPerbaiki SKP Anda, lalu ajukan kembali.", viewLink(skp)));
        return document(skp);
    }

    // ---- intervention and waiting --------------------------------------------------------------------

    /** The RHK of the actor's PPK's approved SKP for the year: what their RHK utama may intervene. */
    public List<InterventionOption> interventionOptions(Actor actor, int year) {
        return interventionOptions(auth.pegawai(actor), year);
    }

    private List<InterventionOption> interventionOptions(Pegawai me, int year) {
        if (me.getPpk() == null) {
            return List.of();
        }
        // the two columns the list shows: loading the RHK as entities also loaded each one's IKI, a query per RHK
        return em.createQuery("select new id.ekinerja.application.skp.InterventionOption(r.id, r.text) from Rhk r"
                        + " join r.skp s where s.pegawai = :ppk and s.year = :y and s.status = :approved"
                        + " order by r.jenis, r.id", InterventionOption.class)
                .setParameter("ppk", me.getPpk()).setParameter("y", year).setParameter("approved", SkpStatus.DISETUJUI)
                .getResultList();
    }

    /**
     * Whom the actor waits for: their PPK if the PPK has no approved SKP for the year, then the PPK's PPK if
     * that one has none either, and so on up to the first who has one (or the top). Empty: nothing blocks.
     */
    public List<WaitingLine> waitingFor(Actor actor, int year) {
        return waitingFor(auth.pegawai(actor), year);
    }

    private List<WaitingLine> waitingFor(Pegawai me, int year) {
        // only the actor's line of superiors is read: this runs on every visit of the SKP page, and reading the
        // whole agency's states here cost a query over every SKP of a 50,000-person tenant per page view
        if (me.getPpk() == null || approvedOwners(year, List.of(me.getPpk().getId())).contains(me.getPpk().getId())) {
            return List.of(); // the usual case, in one query: the PPK's SKP is approved, nobody to wait for
        }
        List<Long> superiors = new ArrayList<>();
        for (Pegawai up = me.getPpk(); up != null && superiors.size() < 50; up = up.getPpk()) {
            superiors.add(up.getId());
        }
        Set<Long> approved = approvedOwners(year, superiors);
        Map<Long, SkpStatus> states = latestStates(year, superiors);
        List<WaitingLine> chain = new ArrayList<>();
        Pegawai waiter = me;
        int depth = 0;
        while (waiter.getPpk() != null && !approved.contains(waiter.getPpk().getId()) && depth < 50) {
            chain.add(line(waiter, states, depth++));
            waiter = waiter.getPpk();
        }
        return chain;
    }

    /** Admin: everyone in the agency blocked by a PPK without an approved SKP for the year. */
    public List<WaitingLine> waitingChain(Actor actor, int year) {
        auth.requireAdmin(actor);
        Set<Long> approved = approvedOwners(year);
        Map<Long, SkpStatus> states = latestStates(year);
        List<Pegawai> all = em.createQuery("select p from Pegawai p left join fetch p.ppk left join fetch p.unit"
                + " where p.active = true", Pegawai.class).getResultList();
        List<WaitingLine> lines = new ArrayList<>();
        for (Pegawai p : all) {
            if (p.getPpk() != null && !approved.contains(p.getPpk().getId()) && !approved.contains(p.getId())) {
                lines.add(line(p, states, depthOf(p)));
            }
        }
        lines.sort(Comparator.comparingInt(WaitingLine::depth).thenComparing(WaitingLine::ppkName)
                .thenComparing(WaitingLine::name));
        return lines;
    }

    private WaitingLine line(Pegawai waiter, Map<Long, SkpStatus> states, int depth) {
        Pegawai ppk = waiter.getPpk();
        return new WaitingLine(waiter.getNip(), waiter.getName(), waiter.getUnit() == null ? null : waiter.getUnit().getName(),
                ppk.getNip(), ppk.getName(), states.get(ppk.getId()), depth);
    }

    private static int depthOf(Pegawai p) {
        int d = 0;
        for (Pegawai up = p.getPpk(); up != null && d < 50; up = up.getPpk()) {
            d++;
        }
        return d;
    }

    private Set<Long> approvedOwners(int year) {
        return new LinkedHashSet<>(em.createQuery("select s.pegawai.id from Skp s where s.year = :y and s.status = :st",
                Long.class).setParameter("y", year).setParameter("st", SkpStatus.DISETUJUI).getResultList());
    }

    /** The owners among {@code owners} with an approved SKP for the year. */
    private Set<Long> approvedOwners(int year, Collection<Long> owners) {
        return new LinkedHashSet<>(em.createQuery("select s.pegawai.id from Skp s where s.year = :y and s.status = :st"
                        + " and s.pegawai.id in :owners", Long.class)
                .setParameter("y", year).setParameter("st", SkpStatus.DISETUJUI).setParameter("owners", owners)
                .getResultList());
    }

    private Map<Long, SkpStatus> latestStates(int year) {
        return states(em.createQuery("select s.pegawai.id, s.status from Skp s where s.year = :y order by s.revision",
                Object[].class).setParameter("y", year).getResultList());
    }

    private Map<Long, SkpStatus> latestStates(int year, Collection<Long> owners) {
        return states(em.createQuery("select s.pegawai.id, s.status from Skp s where s.year = :y and s.pegawai.id in :owners"
                        + " order by s.revision", Object[].class)
                .setParameter("y", year).setParameter("owners", owners).getResultList());
    }

    /** Owner → status of the latest revision, from rows ordered by revision (later rows win). */
    private static Map<Long, SkpStatus> states(List<Object[]> rows) {
        Map<Long, SkpStatus> states = new HashMap<>();
        rows.forEach(row -> states.put((Long) row[0], (SkpStatus) row[1]));
        return states;
    }

    // ---- Matriks Peran Hasil -------------------------------------------------------------------------

    /** The actor's Matriks Peran Hasil for the year (see {@link MatriksPeranHasil}); empty when they have no SKP. */
    public MatriksPeranHasil matriks(Actor actor, int year) {
        Pegawai me = auth.pegawai(actor);
        Optional<Skp> mine = latestApprovedOrLatest(me, year);
        List<Rhk> leaderRhk = mine.map(s -> s.getRhk().stream().filter(r -> r.getJenis() == JenisRhk.UTAMA).toList())
                .orElse(List.of());
        List<MatriksPeranHasil.Column> columns = leaderRhk.stream().map(r -> new MatriksPeranHasil.Column(r.getId(),
                r.getText(), r.getIki().stream().map(i -> i.getIndicator() + ": " + i.getTargetLabel()).toList())).toList();
        List<Pegawai> team = em.createQuery("select p from Pegawai p where p.ppk = :me and p.active = true order by p.name",
                Pegawai.class).setParameter("me", me).getResultList();
        List<MatriksPeranHasil.Row> rows = new ArrayList<>();
        for (Pegawai member : team) {
            Optional<Skp> theirs = latest(member, year);
            List<List<String>> cells = new ArrayList<>();
            for (Rhk column : leaderRhk) {
                cells.add(theirs.map(s -> s.getRhk().stream()
                        .filter(r -> r.getIntervened() != null && r.getIntervened().getId().equals(column.getId()))
                        .map(Rhk::getText).toList()).orElse(List.of()));
            }
            rows.add(new MatriksPeranHasil.Row(member.getNip(), member.getName(), member.getJabatan(),
                    theirs.map(Skp::getStatus).orElse(null), cells));
        }
        return new MatriksPeranHasil(year, mine.map(Skp::getStatus).orElse(null), columns, rows);
    }

    /** The approved SKP in force if there is one, else the latest revision. */
    private Optional<Skp> latestApprovedOrLatest(Pegawai owner, int year) {
        Optional<Skp> approved = em.createQuery("select s from Skp s where s.pegawai = :p and s.year = :y"
                        + " and s.status = :st", Skp.class).setParameter("p", owner).setParameter("y", year)
                .setParameter("st", SkpStatus.DISETUJUI).getResultStream().findFirst();
        return approved.isPresent() ? approved : latest(owner, year);
    }

    private static String viewLink(Skp skp) {
        return "skp/view.xhtml?id=" + skp.getId();
    }

    // ---- rules of access -----------------------------------------------------------------------------

    private Skp find(long id) {
        Skp skp = em.find(Skp.class, id);
        if (skp == null) {
            throw new AccessDeniedException("skp.access.denied");
        }
        return skp;
    }

    private Skp owned(Actor actor, long id) {
        Skp skp = find(id);
        if (!skp.getPegawai().getNip().equals(auth.pegawai(actor).getNip())) {
            throw new AccessDeniedException("skp.access.notOwner");
        }
        return skp;
    }

    /**
     * May {@code me} decide on the SKP? The PPK of record may; for a top leader (no PPK in the agency) an
     * admin may, on behalf of the external superior. Returns whether it is on behalf.
     */
    private boolean decider(Pegawai me, Skp skp) {
        if (skp.getPegawai().getNip().equals(me.getNip())) {
            throw new AccessDeniedException("skp.access.ownSkp");
        }
        Pegawai ofRecord = skp.getPpk() != null ? skp.getPpk() : skp.getPegawai().getPpk();
        if (ofRecord != null) {
            if (!ofRecord.getNip().equals(me.getNip())) {
                throw new AccessDeniedException("skp.access.notPpk");
            }
            return false;
        }
        if (!isAdmin(me)) {
            throw new AccessDeniedException("skp.access.notPpk");
        }
        return true;
    }

    private boolean canRead(Pegawai me, Skp skp) {
        Pegawai owner = skp.getPegawai();
        return owner.getNip().equals(me.getNip())
                || isSame(owner.getPpk(), me)
                || isSame(skp.getPpk(), me)
                || (owner.getPpk() != null && isSame(owner.getPpk().getPpk(), me))
                || isAdmin(me);
    }

    private static boolean isSame(Pegawai a, Pegawai b) {
        return a != null && a.getNip().equals(b.getNip());
    }

    private static boolean isAdmin(Pegawai p) {
        return p.hasRole(id.ekinerja.tenantconfig.TenantRole.ADMIN_INSTANSI)
                || p.hasRole(id.ekinerja.tenantconfig.TenantRole.PENGELOLA_KINERJA);
    }

    private static void requireVersion(Skp skp, int loaded) {
        if (skp.getVersion() != loaded) {
            throw new SkpConflictException("skp.error.conflict", skp.getUpdatedBy());
        }
    }

    /** Writes now, so a concurrent commit shows up as a conflict message instead of a rolled-back page. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new SkpConflictException("skp.error.conflictConcurrent");
        }
    }

    private Optional<Skp> latest(Pegawai owner, int year) {
        return em.createQuery("select s from Skp s where s.pegawai = :p and s.year = :y order by s.revision desc",
                        Skp.class).setParameter("p", owner).setParameter("y", year).setMaxResults(1)
                .getResultStream().findFirst();
    }

    // ---- activity log --------------------------------------------------------------------------------

    private void log(Actor actor, String action, Skp skp, String detail) {
        log(actor, action, ENTITY, String.valueOf(skp.getId()),
                "SKP " + skp.getYear() + " rev. " + skp.getRevision() + " milik " + skp.getPegawai().getNip() + ": " + detail);
    }

    private void log(Actor actor, String action, String entity, String id, String detail) {
        activity.fire(new TenantActivity(actor.username(), action, entity, id,
                detail.length() > 4000 ? detail.substring(0, 4000) + "…" : detail));
    }

    /** The content as lines, so a save can be logged as what was removed and what was added. */
    static List<String> snapshot(Skp skp) {
        List<String> lines = new ArrayList<>();
        lines.add("Pendekatan: " + skp.getPendekatan());
        for (Rhk r : skp.getRhk()) {
            lines.add("RHK " + r.getJenis() + ": " + r.getText()
                    + (r.getIntervened() == null ? "" : " (intervensi RHK " + r.getIntervened().getId() + ")"));
            for (Iki i : r.getIki()) {
                lines.add("  IKI [" + r.getText() + "] " + i.getIndicator() + " = " + i.getTargetLabel()
                        + (i.getAspek() == null ? "" : " / " + i.getAspek())
                        + (i.getPerspektif() == null ? "" : " / " + i.getPerspektif()));
            }
        }
        lines.add("Dukungan sumber daya: " + nullToEmpty(skp.getDukunganSumberDaya()));
        lines.add("Skema pertanggungjawaban: " + nullToEmpty(skp.getSkemaPertanggungjawaban()));
        lines.add("Konsekuensi: " + nullToEmpty(skp.getKonsekuensi()));
        return lines;
    }

    static String diff(List<String> before, List<String> after) {
        StringBuilder s = new StringBuilder();
        before.stream().filter(l -> !after.contains(l)).forEach(l -> s.append("- ").append(l.strip()).append('\n'));
        after.stream().filter(l -> !before.contains(l)).forEach(l -> s.append("+ ").append(l.strip()).append('\n'));
        return s.isEmpty() ? "Disimpan tanpa perubahan" : "Perubahan:\n" + s.toString().strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    // ---- the document --------------------------------------------------------------------------------

    SkpDocument document(Skp skp) {
        // the four columns only: loading every revision as an entity (with its lazy links) cost more than the list shows
        List<SkpDocument.Revision> revisions = em.createQuery("select s.id, s.revision, s.status, s.updatedAt from Skp s"
                        + " where s.pegawai = :p and s.year = :y order by s.revision desc", Object[].class)
                .setParameter("p", skp.getPegawai()).setParameter("y", skp.getYear()).getResultStream()
                .map(r -> new SkpDocument.Revision((Long) r[0], (Integer) r[1], (SkpStatus) r[2], (OffsetDateTime) r[3])).toList();
        return document(skp, revisions);
    }

    /** The document of someone's latest revision: when that is the first, it is the whole list (no query for it). */
    private SkpDocument latestDocument(Skp latest) {
        return latest.getRevision() == 1
                ? document(latest, List.of(new SkpDocument.Revision(latest.getId(), 1, latest.getStatus(), latest.getUpdatedAt())))
                : document(latest);
    }

    private SkpDocument document(Skp skp, List<SkpDocument.Revision> revisions) {
        Pegawai owner = skp.getPegawai();
        Pegawai ppk = skp.getPpk() != null ? skp.getPpk() : owner.getPpk();
        Pegawai atasan = ppk == null ? null : ppk.getPpk();
        List<SkpDocument.RhkLine> utama = new ArrayList<>();
        List<SkpDocument.RhkLine> tambahan = new ArrayList<>();
        for (Rhk r : skp.getRhk()) {
            SkpDocument.RhkLine line = new SkpDocument.RhkLine(r.getId() == null ? 0 : r.getId(), r.getJenis(),
                    r.getText(), r.getIntervened() == null ? null : r.getIntervened().getId(),
                    r.getIntervened() == null ? null : r.getIntervened().getText(), List.copyOf(r.getIki()));
            (r.getJenis() == JenisRhk.UTAMA ? utama : tambahan).add(line);
        }
        List<SkpDocument.Perilaku> perilaku = new ArrayList<>();
        Map<CoreValue, String> ekspektasi = skp.getEkspektasi();
        for (CoreValue v : CoreValue.values()) {
            perilaku.add(new SkpDocument.Perilaku(v.name(), v.label(), v.guides(), ekspektasi.get(v)));
        }
        SettingsVersion inForce = agencySettings.inForceToday();
        for (BehaviourExpectation e : inForce.settings().extraBehaviourExpectations()) {
            perilaku.add(new SkpDocument.Perilaku(null, e.title(), List.of(e.description() == null ? "" : e.description()), null));
        }
        return new SkpDocument(skp.getId(), skp.getYear(), skp.getRevision(), skp.getStatus(), skp.getPendekatan(),
                skp.getVersion(), inForce.getAgencyName(), person(owner),
                person(ppk), person(atasan), skp.isJpt(), skp.isTopLeader(), utama, tambahan, perilaku,
                skp.getDukunganSumberDaya(), skp.getSkemaPertanggungjawaban(), skp.getKonsekuensi(),
                skp.getReturnReason(), skp.getDecidedBy(), skp.getDecidedAt(), skp.isDecidedOnBehalf(), revisions);
    }

    private static SkpDocument.Person person(Pegawai p) {
        return p == null ? null : new SkpDocument.Person(p.getId(), p.getNip(), p.getName(), p.getFormattedNip(),
                p.getPangkatGolongan(), p.getJabatan(), p.getUnit() == null ? null : p.getUnit().getName());
    }
}
