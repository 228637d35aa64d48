package id.ekinerja.application.penilaian;

import id.ekinerja.application.activity.TenantActivity;
import id.ekinerja.application.notification.NotificationRequested;
import id.ekinerja.application.penilaian.Views.Bar;
import id.ekinerja.application.penilaian.Views.Dekp;
import id.ekinerja.application.penilaian.Views.KeberatanLine;
import id.ekinerja.application.penilaian.Views.Rule;
import id.ekinerja.application.penilaian.Views.TeamRow;
import id.ekinerja.application.penilaian.Views.TreeOutcome;
import id.ekinerja.application.penilaian.Views.UnitView;
import id.ekinerja.application.penilaian.Views.WindowLine;
import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.application.security.Actor;
import id.ekinerja.application.security.TenantAuthorization;
import id.ekinerja.application.settings.AgencySettings;
import id.ekinerja.application.skp.EvaluationWindows;
import id.ekinerja.application.skp.SkpDocument;
import id.ekinerja.domain.model.organisation.Pegawai;
import id.ekinerja.domain.model.organisation.UnitKerja;
import id.ekinerja.domain.model.penilaian.Conversions;
import id.ekinerja.domain.model.penilaian.Evaluation;
import id.ekinerja.domain.model.penilaian.Keberatan;
import id.ekinerja.domain.model.penilaian.PenilaianException;
import id.ekinerja.domain.model.penilaian.UnitFinalisation;
import id.ekinerja.domain.model.penilaian.UnitPredikat;
import id.ekinerja.domain.model.skp.EvaluationWindow;
import id.ekinerja.domain.model.skp.WorkCalendar;
import id.ekinerja.tenantconfig.DistributionCurve;
import id.ekinerja.tenantconfig.OrganisationPredikat;
import id.ekinerja.tenantconfig.Predikat;
import id.ekinerja.tenantconfig.Rating;
import id.ekinerja.tenantconfig.RoundingRule;
import id.ekinerja.tenantconfig.RuleSet;
import id.ekinerja.tenantconfig.TenantRole;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Penilaian use cases. Who may do what, checked here whatever the page offered:
 * <ul>
 *   <li><b>rating</b> a pegawai in a window: their PPK of record (the PPK in the organisation data); never the
 *       pegawai themself. A top leader (no PPK inside the agency) is rated by an admin instansi on behalf of the
 *       outside superior, as for the SKP;</li>
 *   <li><b>the unit's organisation predikat</b>: the leader above the unit, i.e. the PPK of the unit's head (an
 *       admin for the top unit). A head of unit is an active pegawai of the unit whose PPK is outside it, or who
 *       has none;</li>
 *   <li><b>finalising</b> a unit's evaluations of a window: the unit's head, the leader above, or an admin; in
 *       bulk over a unit tree: an admin. Refused, naming each violated constraint, when the curve is violated;</li>
 *   <li><b>keberatan</b>: filed by the pegawai on their finalised annual result within 14 days; decided once by
 *       the atasan PPK (the PPK of record's PPK; an admin when there is none);</li>
 *   <li><b>reading</b> a result (DEKP): the pegawai, the PPK of record, the atasan PPK, admins.</li>
 * </ul>
 * Ids are looked up in the current tenant's schema only; an unknown or unreadable id gets one message.
 * Rating, the organisation predikat and finalisation happen only while the window is open.
 */
@Stateless
public class PenilaianService {
    static final String ENTITY = "evaluation";

    @PersistenceContext
    EntityManager em;

    @EJB
    AgencySettings agencySettings;

    @EJB
    EvaluationWindows windows;

    @Inject
    TenantAuthorization auth;

    @Inject
    Event<TenantActivity> activity;

    @Inject
    Event<FinalisationNotices.Finalised> finalisedEvent;

    @Inject
    Event<NotificationRequested> notifications;

    // ---- windows -------------------------------------------------------------------------------------

    public List<WindowLine> windowLines(int year) {
        LocalDate today = WorkCalendar.today();
        return windows.windows(year).stream().map(w -> new WindowLine(w.getId(), w.label(), w.isAnnual(),
                w.isOpenOn(today), w.getOpensOn(), w.getClosesOn())).toList();
    }

    // ---- the PPK: rating subordinates ----------------------------------------------------------------

    /** The actor's subordinates (and, for admins, the agency's top leaders) with their evaluation in the window. */
    public List<TeamRow> team(Actor actor, long windowId) {
        Pegawai me = auth.pegawai(actor);
        EvaluationWindow w = windows.window(windowId);
        List<Pegawai> people = new ArrayList<>(em.createQuery("select p from Pegawai p where p.ppk = :me and p.active = true"
                + " order by p.name", Pegawai.class).setParameter("me", me).getResultList());
        if (isAdmin(me)) {
            em.createQuery("select p from Pegawai p where p.ppk is null and p.active = true and p <> :me order by p.name",
                    Pegawai.class).setParameter("me", me).getResultList().forEach(people::add);
        }
        Map<Long, Evaluation> byPegawai = evaluations(w, people);
        Map<Long, OrganisationPredikat> unitPredikat = unitPredikat(w);
        Map<Long, List<String>> periodic = w.isAnnual() ? periodicResults(w, people) : Map.of();
        List<TeamRow> rows = new ArrayList<>();
        for (Pegawai p : people) {
            Evaluation e = byPegawai.get(p.getId());
            boolean leads = leadsUnit(p);
            rows.add(new TeamRow(p.getId(), p.getNip(), p.getFormattedNip(), p.getName(), p.getJabatan(),
                    p.getUnit() == null ? null : p.getUnit().getName(), leads,
                    leads && p.getUnit() != null ? unitPredikat.get(p.getUnit().getId()) : null,
                    e == null ? null : e.getId(), e == null ? null : e.getRatingHasilKerja(),
                    e == null ? null : e.getRatingPerilaku(), e == null ? null : e.getPredikat(),
                    e == null ? null : e.getNotesHasilKerja(), e == null ? null : e.getNotesPerilaku(),
                    e != null && e.isFinalised(), e == null ? null : e.getRuleSetVersion(),
                    periodic.getOrDefault(p.getId(), List.of())));
        }
        return rows;
    }

    /**
     * The PPK of record rates a pegawai in an open window; the predikat follows from the tenant's kuadran. For a
     * unit's head, {@code hasilKerja} is ignored: the unit's organisation predikat gives it (leader-of-unit rule),
     * so it must be set first.
     */
    public Evaluation rate(Actor actor, long windowId, long pegawaiId, Rating hasilKerja, Rating perilaku,
                           String notesHasil, String notesPerilaku) {
        Pegawai me = auth.pegawai(actor);
        Pegawai target = em.find(Pegawai.class, pegawaiId);
        if (target == null || !target.isActive()) {
            throw new AccessDeniedException("pen.access.notFound");
        }
        if (target.getId().equals(me.getId())) {
            throw new AccessDeniedException("pen.access.self");
        }
        boolean ppkOfRecord = target.getPpk() != null && target.getPpk().getId().equals(me.getId());
        boolean onBehalf = target.getPpk() == null && isAdmin(me);
        if (!ppkOfRecord && !onBehalf) {
            throw new AccessDeniedException("pen.access.notPpk");
        }
        if (target.getUnit() == null) {
            throw new PenilaianException("pen.noUnit", target.getName());
        }
        EvaluationWindow w = windows.requireOpen(windowId);
        OrganisationPredikat leads = null;
        if (leadsUnit(target)) {
            leads = findUnitPredikat(w, target.getUnit()).map(UnitPredikat::getPredikat)
                    .orElseThrow(() -> new PenilaianException("pen.leader.needsUnitPredikat", target.getUnit().getName()));
        }
        Evaluation found = find(w, target).orElse(null);
        Evaluation e = found != null ? found : new Evaluation(w, target, target.getUnit(), ppkOfRecord ? me : null);
        RuleSet rules = agencySettings.rules();
        e.rate(hasilKerja, perilaku, leads, notesHasil, notesPerilaku, rules, actor.username());
        if (found == null) {
            em.persist(e); // after rating: the row is inserted at once (identity) and its ratings are required
        }
        em.flush();
        log(actor, "EVALUATION_RATE", ENTITY, e.getId(), w.label() + ": " + target.getNip() + " "
                + e.getRatingHasilKerja() + "/" + e.getRatingPerilaku() + " → " + e.getPredikat()
                + (leads != null ? " (hasil kerja dari predikat organisasi " + leads + ")" : "")
                + (onBehalf ? " (atas nama atasan di luar instansi)" : "") + " · aturan " + rules.version());
        return e;
    }

    // ---- the leader above: organisation predikat ------------------------------------------------------

    /** Units the actor heads or leads from above (admins: the top units), each with its live distribution. */
    public List<UnitView> units(Actor actor, long windowId) {
        Pegawai me = auth.pegawai(actor);
        EvaluationWindow w = windows.window(windowId);
        boolean admin = isAdmin(me);
        List<UnitKerja> all = em.createQuery("select u from UnitKerja u order by u.name", UnitKerja.class).getResultList();
        Map<Long, List<Pegawai>> heads = headsByUnit();
        List<UnitView> out = new ArrayList<>();
        for (UnitKerja u : all) {
            List<Pegawai> h = heads.getOrDefault(u.getId(), List.of());
            boolean isHead = h.stream().anyMatch(p -> p.getId().equals(me.getId()));
            boolean above = isLeaderAbove(me, h, admin);
            // admins see the top units (whose leader above is outside the agency), not every unit: a large agency has
            // thousands; "finalise this unit and all below" works from there
            if (isHead || above) {
                out.add(unitView(w, u, h, above, true));
            }
        }
        return out;
    }

    public UnitView unit(Actor actor, long windowId, long unitId) {
        Pegawai me = auth.pegawai(actor);
        EvaluationWindow w = windows.window(windowId);
        UnitKerja u = requireUnit(unitId);
        List<Pegawai> h = heads(u);
        boolean admin = isAdmin(me);
        boolean above = isLeaderAbove(me, h, admin);
        boolean isHead = h.stream().anyMatch(p -> p.getId().equals(me.getId()));
        if (!above && !isHead && !admin) {
            throw new AccessDeniedException("pen.access.notFound");
        }
        return unitView(w, u, h, above, true);
    }

    /** The leader above sets (or, until finalised, changes) the unit's organisation predikat in an open window. */
    public UnitPredikat setUnitPredikat(Actor actor, long windowId, long unitId, OrganisationPredikat predikat,
                                        String notes) {
        Pegawai me = auth.pegawai(actor);
        UnitKerja u = requireUnit(unitId);
        List<Pegawai> h = heads(u);
        if (!isLeaderAbove(me, h, isAdmin(me))) {
            throw new AccessDeniedException("pen.access.notLeaderAbove");
        }
        EvaluationWindow w = windows.requireOpen(windowId);
        UnitPredikat found = findUnitPredikat(w, u).orElse(null);
        UnitPredikat up = found != null ? found : new UnitPredikat(w, u);
        RuleSet rules = agencySettings.rules();
        up.set(predikat, notes, rules.version(), actor.username());
        if (found == null) {
            em.persist(up);
        }
        // the head's rating hasil kerja follows the unit's predikat (leader-of-unit rule) while still a draft
        for (Pegawai head : h) {
            find(w, head).filter(e -> !e.isFinalised() && e.getPredikat() != null).ifPresent(e ->
                    e.rate(null, e.getRatingPerilaku(), predikat, e.getNotesHasilKerja(), e.getNotesPerilaku(), rules,
                            e.getRatedBy()));
        }
        em.flush();
        log(actor, "UNIT_PREDIKAT_SET", "organisation_predikat", up.getId(), w.label() + ": unit " + u.getCode()
                + " → " + predikat + " · aturan " + rules.version());
        return up;
    }

    // ---- finalisation ---------------------------------------------------------------------------------

    /**
     * Finalises one unit's evaluations in an open window. Refused (nothing changes) unless the organisation
     * predikat is set, everyone is rated and the distribution satisfies the curve; the message names each
     * violated constraint.
     */
    public int finaliseUnit(Actor actor, long windowId, long unitId) {
        Pegawai me = auth.pegawai(actor);
        UnitKerja u = requireUnit(unitId);
        List<Pegawai> h = heads(u);
        boolean admin = isAdmin(me);
        if (!admin && !isLeaderAbove(me, h, false) && h.stream().noneMatch(p -> p.getId().equals(me.getId()))) {
            throw new AccessDeniedException("pen.access.notUnitLeader");
        }
        EvaluationWindow w = windows.requireOpen(windowId);
        Map<Long, UnitFinalisation> checks = checks(w, List.of(u.getId()));
        UnitFinalisation check = checks.get(u.getId());
        if (check == null) {
            throw new PenilaianException("pen.finalise.empty", u.getName());
        }
        if (findUnitPredikat(w, u).map(UnitPredikat::isFinalised).orElse(false)) {
            throw new PenilaianException("pen.unit.final");
        }
        UnitFinalisation.Outcome outcome = check.check(agencySettings.rules().distributionCurve(), rounding());
        if (!outcome.allowed()) {
            throw new PenilaianException("pen.finalise.refused", u.getName(), outcome.explanation());
        }
        return finalise(actor, w, List.of(u.getId()));
    }

    /**
     * Admin: finalises every unit of the tree under {@code rootUnitId} (included) whose evaluations may be
     * finalised, and reports the others with the reason. The curve is checked per unit from one aggregate query;
     * the evaluations are closed with one bulk update, so a tree of tens of thousands of pegawai takes seconds.
     */
    public TreeOutcome finaliseTree(Actor actor, long windowId, long rootUnitId) {
        long start = System.nanoTime();
        auth.requireAdmin(actor);
        UnitKerja root = requireUnit(rootUnitId);
        EvaluationWindow w = windows.requireOpen(windowId);
        List<Long> tree = subtree(root.getId());
        Set<Long> alreadyFinal = new HashSet<>(em.createQuery("select up.unit.id from UnitPredikat up"
                + " where up.window = :w and up.finalised = true", Long.class).setParameter("w", w).getResultList());
        Map<Long, UnitFinalisation> checks = checks(w, tree);
        DistributionCurve curve = agencySettings.rules().distributionCurve();
        RoundingRule rounding = rounding();
        Map<Long, String> names = em.createQuery("select u.id, u.name from UnitKerja u", Object[].class).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
        List<Long> ok = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Map.Entry<Long, UnitFinalisation> c : checks.entrySet()) {
            if (alreadyFinal.contains(c.getKey())) {
                continue;
            }
            UnitFinalisation.Outcome outcome = c.getValue().check(curve, rounding);
            if (outcome.allowed()) {
                ok.add(c.getKey());
            } else {
                refused.add(names.get(c.getKey()) + ": " + outcome.explanation());
            }
        }
        int evaluations = ok.isEmpty() ? 0 : finalise(actor, w, ok);
        return new TreeOutcome(ok.size(), evaluations, refused, (System.nanoTime() - start) / 1_000_000);
    }

    /** Closes the evaluations of the units (bulk update), their organisation predikat, notifies and logs. */
    private int finalise(Actor actor, EvaluationWindow w, List<Long> unitIds) {
        LocalDate today = WorkCalendar.today();
        int done = 0;
        for (List<Long> chunk : chunks(unitIds, 1000)) {
            List<Object[]> people = em.createQuery("select e.id, p.nip from Evaluation e join e.pegawai p"
                            + " where e.window = :w and e.finalised = false and p.active = true and p.unit.id in :u",
                            Object[].class).setParameter("w", w).setParameter("u", chunk).getResultList();
            List<Long> ids = people.stream().map(r -> (Long) r[0]).toList();
            for (List<Long> idChunk : chunks(ids, 5000)) {
                done += em.createQuery("update Evaluation e set e.finalised = true, e.finalisedOn = :d,"
                                + " e.finalisedBy = :by, e.version = e.version + 1 where e.id in :ids")
                        .setParameter("d", today).setParameter("by", actor.username()).setParameter("ids", idChunk)
                        .executeUpdate();
            }
            em.createQuery("update UnitPredikat up set up.finalised = true, up.version = up.version + 1"
                    + " where up.window = :w and up.unit.id in :u").setParameter("w", w).setParameter("u", chunk)
                    .executeUpdate();
            String subject = "Hasil evaluasi kinerja " + w.label() + " telah difinalkan";
            String body = "Hasil evaluasi kinerja Anda untuk " + w.label() + " telah difinalkan dan dapat dilihat"
                    + " pada menu Hasil Penilaian."
                    + (w.isAnnual() ? " Anda dapat mengajukan keberatan paling lambat " + today.plusDays(Evaluation.KEBERATAN_DAYS) + "." : "");
            // told after the commit, in the background (FinalisationNotices): a tree of 10,000 is final at once
            finalisedEvent.fire(new FinalisationNotices.Finalised(TenantContext.require(), subject, body,
                    people.stream().map(r -> new FinalisationNotices.Person((String) r[1], (Long) r[0])).toList()));
            for (Long unitId : chunk) {
                log(actor, "EVALUATION_FINALISE", "unit_kerja", unitId, w.label() + ": evaluasi unit difinalkan");
            }
        }
        em.flush(); // the log entries (and notifications) persisted above must be written before the clear
        em.clear(); // bulk updates bypass the persistence context: drop stale copies
        return done;
    }

    /**
     * Per unit: its organisation predikat, the predikat counts of its active pegawai and who is unrated. Two
     * aggregate queries whatever the number of units; names of unrated pegawai are loaded only for units that
     * have some.
     */
    private Map<Long, UnitFinalisation> checks(EvaluationWindow w, List<Long> unitIds) {
        Map<Long, EnumMap<Predikat, Integer>> counts = new LinkedHashMap<>();
        Map<Long, Integer> unrated = new HashMap<>();
        Map<Long, OrganisationPredikat> org = new HashMap<>();
        for (List<Long> chunk : chunks(unitIds, 1000)) {
            for (Object[] r : em.createQuery("select p.unit.id, e.predikat, count(p) from Pegawai p"
                            + " left join Evaluation e on e.pegawai = p and e.window = :w"
                            + " where p.active = true and p.unit.id in :u group by p.unit.id, e.predikat", Object[].class)
                    .setParameter("w", w).setParameter("u", chunk).getResultList()) {
                Long unit = (Long) r[0];
                int n = ((Number) r[2]).intValue();
                EnumMap<Predikat, Integer> c = counts.computeIfAbsent(unit, k -> new EnumMap<>(Predikat.class));
                if (r[1] == null) {
                    unrated.merge(unit, n, Integer::sum);
                } else {
                    c.merge((Predikat) r[1], n, Integer::sum);
                }
            }
            em.createQuery("select up.unit.id, up.predikat from UnitPredikat up where up.window = :w and up.unit.id in :u",
                            Object[].class).setParameter("w", w).setParameter("u", chunk).getResultStream()
                    .forEach(r -> org.put((Long) r[0], (OrganisationPredikat) r[1]));
        }
        Map<Long, UnitFinalisation> out = new LinkedHashMap<>();
        for (Map.Entry<Long, EnumMap<Predikat, Integer>> c : counts.entrySet()) {
            List<String> names = unrated.containsKey(c.getKey()) ? unratedNames(w, c.getKey()) : List.of();
            out.put(c.getKey(), new UnitFinalisation(org.get(c.getKey()), c.getValue(), names));
        }
        return out;
    }

    private List<String> unratedNames(EvaluationWindow w, long unitId) {
        return em.createQuery("select p.name from Pegawai p where p.active = true and p.unit.id = :u and not exists"
                        + " (select e from Evaluation e where e.pegawai = p and e.window = :w) order by p.name", String.class)
                .setParameter("u", unitId).setParameter("w", w).getResultList();
    }

    private UnitView unitView(EvaluationWindow w, UnitKerja u, List<Pegawai> heads, boolean canSetPredikat,
                              boolean mayFinalise) {
        UnitFinalisation check = checks(w, List.of(u.getId())).get(u.getId());
        Optional<UnitPredikat> up = findUnitPredikat(w, u);
        int size = check == null ? 0 : check.counts().values().stream().mapToInt(Integer::intValue).sum() + check.unrated().size();
        int rated = size - (check == null ? 0 : check.unrated().size());
        List<Bar> bars = new ArrayList<>();
        for (Predikat p : Predikat.values()) {
            int c = check == null ? 0 : check.counts().get(p);
            bars.add(new Bar(p, c, size == 0 ? 0 : Math.round(100f * c / size)));
        }
        List<Rule> rules = new ArrayList<>();
        boolean satisfied = false;
        String explanation = null;
        boolean finalised = up.map(UnitPredikat::isFinalised).orElse(false);
        if (check != null) {
            DistributionCurve curve = agencySettings.rules().distributionCurve();
            if (up.isPresent()) {
                // the live view: bounds for the unit's full size, counts of those rated so far
                for (DistributionCurve.Bound b : curve.bounds(up.get().getPredikat(), size, rounding())) {
                    int actual = b.constraint().group().stream().mapToInt(p -> check.counts().get(p)).sum();
                    rules.add(new Rule(b.constraint().describe(), b.min(), b.max(), actual, b.allows(actual)));
                }
            }
            UnitFinalisation.Outcome outcome = check.check(curve, rounding());
            satisfied = outcome.allowed();
            explanation = outcome.allowed() ? outcome.curve().explanation() : outcome.explanation();
        }
        return new UnitView(u.getId(), u.getCode(), u.getName(),
                heads.stream().map(Pegawai::getName).collect(Collectors.joining(", ")),
                up.map(UnitPredikat::getPredikat).orElse(null), up.map(UnitPredikat::getNotes).orElse(null),
                up.map(UnitPredikat::getSetBy).orElse(null), finalised, size, rated, bars, rules, satisfied,
                explanation, canSetPredikat && !finalised, mayFinalise && !finalised && check != null);
    }

    // ---- the pegawai: results and keberatan ------------------------------------------------------------

    /** The actor's evaluations of a year, as DEKP read models (periodic first, the annual one last). */
    public List<Dekp> myResults(Actor actor, int year) {
        Pegawai me = auth.pegawai(actor);
        return em.createQuery("select e from Evaluation e join fetch e.window where e.pegawai = :me"
                        + " and e.window.period.year = :y order by case when e.window.kind ="
                        + " id.ekinerja.domain.model.skp.WindowKind.YEAR then 1 else 0 end, e.window.sequence", Evaluation.class)
                .setParameter("me", me).setParameter("y", year).getResultStream().map(e -> dekp(e, me)).toList();
    }

    /** The Dokumen Evaluasi Kinerja Pegawai of one evaluation, for those who may read it. */
    public Dekp dekp(Actor actor, long evaluationId) {
        Pegawai me = auth.pegawai(actor);
        Evaluation e = em.find(Evaluation.class, evaluationId);
        if (e == null || !mayRead(me, e)) {
            throw new AccessDeniedException("pen.access.notFound");
        }
        return dekp(e, me);
    }

    /** The pegawai files a keberatan on their finalised annual result, within 14 days (the last day included). */
    public Keberatan fileKeberatan(Actor actor, long evaluationId, String reasons) {
        Pegawai me = auth.pegawai(actor);
        Evaluation e = em.find(Evaluation.class, evaluationId);
        if (e == null || !e.getPegawai().getId().equals(me.getId())) {
            throw new AccessDeniedException("pen.access.notFound");
        }
        if (keberatanOf(e).isPresent()) {
            throw new PenilaianException("pen.keberatan.alreadyFiled");
        }
        Keberatan k = Keberatan.file(e, reasons, WorkCalendar.today(), actor.username());
        em.persist(k);
        em.flush();
        log(actor, "KEBERATAN_FILE", "keberatan", k.getId(), e.getWindow().label() + ": keberatan atas predikat "
                + e.getPredikat() + ". Alasan: " + k.getReasons());
        Pegawai atasan = atasanPpk(e);
        if (atasan != null) {
            notifications.fire(new NotificationRequested(atasan.getNip(), "KEBERATAN_FILED",
                    "Keberatan atas hasil evaluasi " + me.getName(),
                    me.getName() + " mengajukan keberatan atas hasil evaluasi kinerja " + e.getWindow().label()
                            + " (predikat " + e.getPredikat().label() + "). Alasan: " + k.getReasons(),
                    "penilaian/keberatan-inbox.xhtml"));
        }
        return k;
    }

    /** Keberatan the actor decides as atasan PPK (admins: those without an atasan PPK in the agency), open first. */
    public List<KeberatanLine> keberatanInbox(Actor actor) {
        Pegawai me = auth.pegawai(actor);
        boolean admin = isAdmin(me);
        return em.createQuery("select k from Keberatan k join fetch k.evaluation"
                        + " order by k.status, k.filedAt", Keberatan.class).getResultStream()
                .filter(k -> isAtasan(me, k.getEvaluation(), admin)).map(PenilaianService::line).toList();
    }

    /**
     * The atasan PPK decides: {@code uphold} keeps the result; otherwise the new ratings replace it (the predikat
     * follows from the kuadran in force). Reasons required. The decision is final: a second one is refused.
     */
    public Keberatan decideKeberatan(Actor actor, long keberatanId, boolean uphold, Rating hasilKerja, Rating perilaku,
                                     String reasons) {
        Pegawai me = auth.pegawai(actor);
        Keberatan k = em.find(Keberatan.class, keberatanId);
        if (k == null) {
            throw new AccessDeniedException("pen.access.notFound");
        }
        Evaluation e = k.getEvaluation();
        if (!isAtasan(me, e, isAdmin(me))) {
            throw new AccessDeniedException("pen.access.notAtasan");
        }
        RuleSet rules = agencySettings.rules();
        Predikat before = e.getPredikat();
        if (uphold) {
            k.uphold(reasons, actor.username());
        } else {
            k.change(hasilKerja, perilaku, rules, reasons, actor.username());
        }
        em.flush();
        String outcome = uphold ? "ditolak; hasil tetap " + before.label()
                : "dikabulkan; predikat " + before.label() + " → " + e.getPredikat().label();
        log(actor, "KEBERATAN_DECIDE", "keberatan", k.getId(), e.getWindow().label() + ": keberatan " + outcome
                + " · aturan " + rules.version() + ". Alasan: " + k.getDecisionReasons());
        notifications.fire(new NotificationRequested(e.getPegawai().getNip(), "KEBERATAN_DECIDED",
                "Keputusan atas keberatan Anda", "Keberatan Anda atas hasil evaluasi kinerja " + e.getWindow().label()
                        + " " + outcome + ". Alasan: " + k.getDecisionReasons() + ". Keputusan ini bersifat final.",
                "penilaian/dekp.xhtml?id=" + e.getId()));
        return k;
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private Dekp dekp(Evaluation e, Pegawai viewer) {
        Pegawai p = e.getPegawai();
        Pegawai ppk = e.getPpk() != null ? e.getPpk() : p.getPpk();
        Pegawai atasan = ppk == null ? null : ppk.getPpk();
        RuleSet rules = agencySettings.rules();
        EvaluationWindow w = e.getWindow();
        BigDecimal ak = Conversions.angkaKredit(rules, e.getPredikat(), p.getJabatanKind(), p.getJenjang(), w.getKind())
                .orElse(null);
        OrganisationPredikat unitPredikat = e.isHasilFromUnit()
                ? findUnitPredikat(w, e.getUnit()).map(UnitPredikat::getPredikat).orElse(null) : null;
        List<String> periodic = w.isAnnual() ? periodicResults(w, List.of(p)).getOrDefault(p.getId(), List.of()) : List.of();
        Optional<Keberatan> k = keberatanOf(e);
        boolean canFile = viewer.getId().equals(p.getId()) && k.isEmpty() && e.keberatanOpenOn(WorkCalendar.today());
        return new Dekp(e.getId(), agencySettings.agencyName().orElse(""), w.label(), w.isAnnual(), person(p),
                person(ppk), person(atasan), e.getRatingHasilKerja(), e.getRatingPerilaku(), e.getPredikat(),
                e.isHasilFromUnit(), unitPredikat, e.getNotesHasilKerja(), e.getNotesPerilaku(), ak, p.getJenjang(),
                agencySettings.settings().tunjanganShare(e.getPredikat()), e.getRuleSetVersion(), e.isFinalised(),
                e.getFinalisedOn(), w.isAnnual() ? e.keberatanDeadline() : null, canFile, periodic,
                k.map(PenilaianService::line).orElse(null));
    }

    private static KeberatanLine line(Keberatan k) {
        Evaluation e = k.getEvaluation();
        return new KeberatanLine(k.getId(), e.getId(), e.getPegawai().getName(), e.getPegawai().getFormattedNip(),
                e.getWindow().label(), k.getReasons(), k.getFiledOn(), k.getStatus(), k.getOriginalPredikat(),
                e.getPredikat(), k.getDecisionReasons(), k.getDecidedBy());
    }

    private Optional<Keberatan> keberatanOf(Evaluation e) {
        return em.createQuery("select k from Keberatan k where k.evaluation = :e", Keberatan.class)
                .setParameter("e", e).getResultStream().findFirst();
    }

    private boolean mayRead(Pegawai me, Evaluation e) {
        if (e.getPegawai().getId().equals(me.getId()) || isAdmin(me)) {
            return true;
        }
        Pegawai ppk = e.getPpk() != null ? e.getPpk() : e.getPegawai().getPpk();
        return ppk != null && (ppk.getId().equals(me.getId())
                || ppk.getPpk() != null && ppk.getPpk().getId().equals(me.getId()));
    }

    /** The atasan PPK of the result: the PPK of record's PPK; null when the PPK has none in the agency. */
    private static Pegawai atasanPpk(Evaluation e) {
        Pegawai ppk = e.getPpk() != null ? e.getPpk() : e.getPegawai().getPpk();
        return ppk == null ? null : ppk.getPpk();
    }

    private static boolean isAtasan(Pegawai me, Evaluation e, boolean admin) {
        Pegawai atasan = atasanPpk(e);
        return atasan == null ? admin && !e.getPegawai().getId().equals(me.getId()) : atasan.getId().equals(me.getId());
    }

    private Map<Long, Evaluation> evaluations(EvaluationWindow w, List<Pegawai> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select e from Evaluation e where e.window = :w and e.pegawai in :p", Evaluation.class)
                .setParameter("w", w).setParameter("p", people).getResultStream()
                .collect(Collectors.toMap(e -> e.getPegawai().getId(), e -> e));
    }

    /** For an annual window: each person's periodic results of the year, e.g. "Triwulan I 2026: Baik (final)". */
    private Map<Long, List<String>> periodicResults(EvaluationWindow annual, List<Pegawai> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> out = new HashMap<>();
        em.createQuery("select e from Evaluation e join fetch e.window where e.window.period = :p and e.window.kind <> "
                        + "id.ekinerja.domain.model.skp.WindowKind.YEAR and e.pegawai in :people order by e.window.sequence",
                        Evaluation.class).setParameter("p", annual.getPeriod()).setParameter("people", people)
                .getResultStream().forEach(e -> out.computeIfAbsent(e.getPegawai().getId(), k -> new ArrayList<>())
                        .add(e.getWindow().label() + ": " + e.getPredikat().label() + (e.isFinalised() ? "" : " (draf)")));
        return out;
    }

    private Optional<Evaluation> find(EvaluationWindow w, Pegawai p) {
        return em.createQuery("select e from Evaluation e where e.window = :w and e.pegawai = :p", Evaluation.class)
                .setParameter("w", w).setParameter("p", p).getResultStream().findFirst();
    }

    private Optional<UnitPredikat> findUnitPredikat(EvaluationWindow w, UnitKerja u) {
        return em.createQuery("select up from UnitPredikat up where up.window = :w and up.unit = :u", UnitPredikat.class)
                .setParameter("w", w).setParameter("u", u).getResultStream().findFirst();
    }

    private Map<Long, OrganisationPredikat> unitPredikat(EvaluationWindow w) {
        return em.createQuery("select up.unit.id, up.predikat from UnitPredikat up where up.window = :w", Object[].class)
                .setParameter("w", w).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (OrganisationPredikat) r[1]));
    }

    private UnitKerja requireUnit(long unitId) {
        UnitKerja u = em.find(UnitKerja.class, unitId);
        if (u == null) {
            throw new AccessDeniedException("pen.access.notFound");
        }
        return u;
    }

    /** A head of unit: active, placed in a unit, and with no PPK or a PPK outside that unit. */
    static boolean leadsUnit(Pegawai p) {
        return p.getUnit() != null && (p.getPpk() == null || p.getPpk().getUnit() == null
                || !Objects.equals(p.getPpk().getUnit().getId(), p.getUnit().getId()));
    }

    private List<Pegawai> heads(UnitKerja u) {
        return em.createQuery("select p from Pegawai p left join p.ppk s where p.unit = :u and p.active = true"
                        + " and (s is null or s.unit is null or s.unit <> :u) order by p.name", Pegawai.class)
                .setParameter("u", u).getResultList();
    }

    private Map<Long, List<Pegawai>> headsByUnit() {
        return em.createQuery("select p from Pegawai p left join p.ppk s where p.unit is not null and p.active = true"
                        + " and (s is null or s.unit is null or s.unit <> p.unit) order by p.name", Pegawai.class)
                .getResultStream().collect(Collectors.groupingBy(p -> p.getUnit().getId()));
    }

    /** The leader above a unit: the PPK of one of its heads; for a unit whose heads have no PPK, an admin. */
    private static boolean isLeaderAbove(Pegawai me, List<Pegawai> heads, boolean admin) {
        if (heads.stream().anyMatch(h -> h.getPpk() != null && h.getPpk().getId().equals(me.getId()))) {
            return true;
        }
        return admin && heads.stream().anyMatch(h -> h.getPpk() == null);
    }

    private List<Long> subtree(long rootId) {
        Map<Long, List<Long>> children = new HashMap<>();
        em.createQuery("select u.id, u.parent.id from UnitKerja u where u.parent is not null", Object[].class)
                .getResultStream().forEach(r -> children.computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add((Long) r[0]));
        List<Long> out = new ArrayList<>();
        List<Long> todo = new ArrayList<>(List.of(rootId));
        while (!todo.isEmpty()) {
            Long u = todo.remove(todo.size() - 1);
            out.add(u);
            todo.addAll(children.getOrDefault(u, List.of()));
        }
        return out;
    }

    private static <T> List<List<T>> chunks(Collection<T> all, int size) {
        List<T> list = new ArrayList<>(all);
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i += size) {
            out.add(list.subList(i, Math.min(list.size(), i + size)));
        }
        return out;
    }

    private RoundingRule rounding() {
        return agencySettings.settings().distributionRounding();
    }

    private static boolean isAdmin(Pegawai p) {
        return p.hasRole(TenantRole.ADMIN_INSTANSI) || p.hasRole(TenantRole.PENGELOLA_KINERJA);
    }

    private static SkpDocument.Person person(Pegawai p) {
        return p == null ? null : new SkpDocument.Person(p.getId(), p.getNip(), p.getName(), p.getFormattedNip(),
                p.getPangkatGolongan(), p.getJabatan(), p.getUnit() == null ? null : p.getUnit().getName());
    }

    private void log(Actor actor, String action, String entity, Object id, String detail) {
        activity.fire(new TenantActivity(actor.username(), action, entity, String.valueOf(id), detail));
    }
}
