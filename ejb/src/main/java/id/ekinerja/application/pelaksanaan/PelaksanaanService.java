package id.ekinerja.application.pelaksanaan;

import id.ekinerja.application.activity.TenantActivity;
import id.ekinerja.application.notification.NotificationRequested;
import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.application.security.Actor;
import id.ekinerja.application.security.TenantAuthorization;
import id.ekinerja.application.skp.EvaluationWindows;
import id.ekinerja.domain.model.organisation.Pegawai;
import id.ekinerja.domain.model.pelaksanaan.BuktiContent;
import id.ekinerja.domain.model.pelaksanaan.BuktiDukung;
import id.ekinerja.domain.model.pelaksanaan.EvidenceFile;
import id.ekinerja.domain.model.pelaksanaan.EvidenceRejectedException;
import id.ekinerja.domain.model.pelaksanaan.PengembanganKinerja;
import id.ekinerja.domain.model.pelaksanaan.Realisasi;
import id.ekinerja.domain.model.pelaksanaan.RencanaAksi;
import id.ekinerja.domain.model.pelaksanaan.UmpanBalik;
import id.ekinerja.domain.model.skp.EvaluationWindow;
import id.ekinerja.domain.model.skp.Rhk;
import id.ekinerja.domain.model.skp.Skp;
import id.ekinerja.domain.model.skp.SkpStatus;
import id.ekinerja.domain.model.skp.WindowClosedException;
import id.ekinerja.domain.model.skp.WorkCalendar;
import id.ekinerja.tenantconfig.CoreValue;
import id.ekinerja.tenantconfig.TenantRole;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pelaksanaan use cases. Rules, checked here whatever the page offered:
 * <ul>
 *   <li>rencana aksi, realisasi, bukti dukung and pengembangan notes: written by the pegawai only, on the RHK of
 *       their approved SKP in force (the latest approved revision) for the window's year, and only while the
 *       window is open ({@link EvaluationWindows#requireOpen});</li>
 *   <li>umpan balik: the PPK of record only (the PPK the SKP was approved by, else the pegawai's current PPK),
 *       while the window is open; the pegawai is notified ({@code FEEDBACK_GIVEN});</li>
 *   <li>reading and downloading evidence: the pegawai, their PPK, the atasan PPK (the PPK's PPK) and the admin
 *       instansi. An id that is not in this agency's schema is "not found" (a download answers 404), one that
 *       is there but not readable is "denied" (403).</li>
 * </ul>
 * Files are checked in full ({@link EvidenceFile#of}) before anything is written, and a refusal rolls the
 * transaction back, so a refused upload stores nothing. Every change goes to the activity log.
 */
@Stateless
public class PelaksanaanService {
    /** Deployment-wide upload limit in bytes (system property), default {@link EvidenceFile#DEFAULT_MAX_BYTES}. */
    public static final String MAX_BYTES_PROPERTY = "ekinerja.evidence.maxBytes";

    @PersistenceContext
    EntityManager em;

    @EJB
    EvaluationWindows windows;

    @Inject
    TenantAuthorization auth;

    @Inject
    Event<TenantActivity> activity;

    @Inject
    Event<NotificationRequested> notifications;

    /** The upload limit in force. */
    public long maxUploadBytes() {
        try {
            return Long.parseLong(System.getProperty(MAX_BYTES_PROPERTY, String.valueOf(EvidenceFile.DEFAULT_MAX_BYTES)));
        } catch (NumberFormatException e) {
            return EvidenceFile.DEFAULT_MAX_BYTES;
        }
    }

    // ---- reading -------------------------------------------------------------------------------------

    /** The periodic windows of a year, for the window picker. */
    public List<EvaluationWindow> periodicWindows(int year) {
        return windows.windows(year).stream().filter(w -> !w.isAnnual()).toList();
    }

    /**
     * One pegawai's pelaksanaan in a window. {@code nip} null means the actor's own.
     *
     * @throws AccessDeniedException {@code pel.access.denied} when the actor may not read it
     */
    public PelaksanaanView view(Actor actor, String nip, long windowId) {
        Pegawai me = auth.pegawai(actor);
        Pegawai owner = nip == null || nip.equals(me.getNip()) ? me : findPegawai(nip);
        EvaluationWindow window = windows.window(windowId);
        Optional<Skp> skp = approvedSkp(owner, window.getYear());
        Pegawai ppk = ppkOfRecord(owner, skp.orElse(null));
        if (!canRead(me, owner, ppk)) {
            throw new AccessDeniedException("pel.access.denied");
        }
        String closedKey = null;
        Object[] closedArgs = new Object[0];
        try {
            window.requireOpenOn(WorkCalendar.today());
        } catch (WindowClosedException e) {
            closedKey = e.messageKey();
            closedArgs = e.args();
        }
        boolean open = closedKey == null;
        boolean mine = owner.getNip().equals(me.getNip());
        List<PelaksanaanView.RhkWork> rhk = new ArrayList<>();
        List<UmpanBalik> feedback = em.createQuery("select u from UmpanBalik u where u.pegawai = :p and u.window = :w"
                + " order by u.givenAt, u.id", UmpanBalik.class).setParameter("p", owner).setParameter("w", window).getResultList();
        if (skp.isPresent()) {
            for (Rhk r : skp.get().getRhk()) {
                List<PelaksanaanView.Item> aksi = em.createQuery("select a from RencanaAksi a where a.rhk = :r and a.window = :w"
                                + " order by a.id", RencanaAksi.class).setParameter("r", r).setParameter("w", window)
                        .getResultStream().map(a -> new PelaksanaanView.Item(a.getId(), a.getText(), a.getCreatedAt())).toList();
                String realisasi = realisasi(r, window).map(Realisasi::getText).orElse(null);
                List<PelaksanaanView.Bukti> bukti = em.createQuery("select b from BuktiDukung b where b.rhk = :r and b.window = :w"
                                + " order by b.id", BuktiDukung.class).setParameter("r", r).setParameter("w", window)
                        .getResultStream().map(b -> new PelaksanaanView.Bukti(b.getId(), b.isFile(),
                                b.isFile() ? b.getFileName() : b.getUrl(), b.getUrl(), b.getMediaType(),
                                b.getSizeBytes() == null ? 0 : b.getSizeBytes(), b.getSha256(), b.getUploadedBy(),
                                b.getUploadedAt())).toList();
                List<PelaksanaanView.Feedback> about = feedback.stream()
                        .filter(u -> u.getRhk() != null && u.getRhk().getId().equals(r.getId())).map(PelaksanaanService::line).toList();
                rhk.add(new PelaksanaanView.RhkWork(r.getId(), r.getJenis(), r.getText(), aksi, realisasi, bukti, about));
            }
        }
        List<PelaksanaanView.ValueFeedback> perilaku = new ArrayList<>();
        for (CoreValue v : CoreValue.values()) {
            perilaku.add(new PelaksanaanView.ValueFeedback(v.name(), v.label(), feedback.stream()
                    .filter(u -> u.getCoreValue() == v).map(PelaksanaanService::line).toList()));
        }
        List<PelaksanaanView.Item> pengembangan = em.createQuery("select n from PengembanganKinerja n where n.pegawai = :p"
                        + " and n.window = :w order by n.id", PengembanganKinerja.class).setParameter("p", owner)
                .setParameter("w", window).getResultStream()
                .map(n -> new PelaksanaanView.Item(n.getId(), n.getText(), n.getCreatedAt())).toList();
        return new PelaksanaanView(owner.getNip(), owner.getName(), owner.getJabatan(),
                ppk == null ? null : ppk.getNip(), ppk == null ? null : ppk.getName(), window.getId(), window.getYear(),
                skp.map(Skp::getId).orElse(null), skp.map(Skp::getRevision).orElse(null), mine,
                mine && open && skp.isPresent(), open && skp.isPresent() && isSame(ppk, me), closedKey, closedArgs,
                rhk, perilaku, pengembangan, maxUploadBytes());
    }

    /** The actor's direct subordinates (they are their PPK), for the "Bawahan" list. */
    public List<Subordinate> subordinates(Actor actor, int year) {
        Pegawai me = auth.pegawai(actor);
        List<Long> approved = em.createQuery("select s.pegawai.id from Skp s where s.year = :y and s.status = :st", Long.class)
                .setParameter("y", year).setParameter("st", SkpStatus.DISETUJUI).getResultList();
        return em.createQuery("select p from Pegawai p where p.ppk = :me and p.active = true order by p.name", Pegawai.class)
                .setParameter("me", me).getResultStream()
                .map(p -> new Subordinate(p.getNip(), p.getName(), p.getJabatan(), approved.contains(p.getId()))).toList();
    }

    // ---- the pegawai ---------------------------------------------------------------------------------

    public long addRencanaAksi(Actor actor, long rhkId, long windowId, String text) {
        Target t = writable(actor, rhkId, windowId);
        RencanaAksi a = new RencanaAksi(t.rhk, t.window, text, actor.username());
        em.persist(a);
        em.flush();
        log(actor, "PEL_RENCANA_AKSI_ADD", "pel_rencana_aksi", a.getId(), t, a.getText());
        return a.getId();
    }

    public void removeRencanaAksi(Actor actor, long id) {
        RencanaAksi a = em.find(RencanaAksi.class, id);
        if (a == null) {
            throw new AccessDeniedException("pel.access.denied");
        }
        Target t = writable(actor, a.getRhk().getId(), a.getWindow().getId());
        em.remove(a);
        log(actor, "PEL_RENCANA_AKSI_REMOVE", "pel_rencana_aksi", id, t, a.getText());
    }

    public void saveRealisasi(Actor actor, long rhkId, long windowId, String text) {
        Target t = writable(actor, rhkId, windowId);
        Optional<Realisasi> existing = realisasi(t.rhk, t.window);
        Realisasi r;
        String before = existing.map(Realisasi::getText).orElse("");
        if (existing.isPresent()) {
            r = existing.get();
            r.rewrite(text, actor.username());
        } else {
            r = new Realisasi(t.rhk, t.window, text, actor.username());
            em.persist(r);
        }
        em.flush();
        log(actor, "PEL_REALISASI_SAVE", "pel_realisasi", r.getId(), t,
                (before.isEmpty() ? "" : "sebelumnya: " + before + "\n") + "kini: " + r.getText());
    }

    /**
     * Stores an uploaded file as bukti dukung. {@code bytes} may be one byte longer than the limit (readers stop
     * there, so an oversized upload is never read in full).
     *
     * @return the new bukti id
     * @throws EvidenceRejectedException for an empty, oversized, unrecognised or executable file or a path in the name
     */
    public long uploadBukti(Actor actor, long rhkId, long windowId, String originalName, byte[] bytes) {
        Target t = writable(actor, rhkId, windowId);
        EvidenceFile file = EvidenceFile.of(originalName, bytes, maxUploadBytes());
        BuktiDukung b = BuktiDukung.file(t.rhk, t.window, file, actor.username());
        em.persist(b);
        em.flush();
        em.persist(new BuktiContent(b.getId(), file.bytes()));
        em.flush();
        log(actor, "PEL_BUKTI_UPLOAD", "pel_bukti", b.getId(), t, file.name() + " (" + file.type().mediaType() + ", "
                + file.size() + " byte, SHA-256 " + file.sha256() + ")");
        return b.getId();
    }

    public long addLink(Actor actor, long rhkId, long windowId, String url) {
        Target t = writable(actor, rhkId, windowId);
        BuktiDukung b = BuktiDukung.link(t.rhk, t.window, url, actor.username());
        em.persist(b);
        em.flush();
        log(actor, "PEL_BUKTI_LINK", "pel_bukti", b.getId(), t, b.getUrl());
        return b.getId();
    }

    public void deleteBukti(Actor actor, long buktiId) {
        BuktiDukung b = em.find(BuktiDukung.class, buktiId);
        if (b == null) {
            throw new AccessDeniedException("pel.access.denied");
        }
        Target t = writable(actor, b.getRhk().getId(), b.getWindow().getId());
        BuktiContent content = em.find(BuktiContent.class, buktiId);
        if (content != null) {
            em.remove(content);
        }
        em.remove(b);
        log(actor, "PEL_BUKTI_DELETE", "pel_bukti", buktiId, t, b.isFile()
                ? b.getFileName() + " (SHA-256 " + b.getSha256() + ")" : b.getUrl());
    }

    public long addPengembangan(Actor actor, long windowId, String text) {
        Pegawai me = auth.pegawai(actor);
        EvaluationWindow window = windows.requireOpen(windowId);
        PengembanganKinerja n = new PengembanganKinerja(me, window, text);
        em.persist(n);
        em.flush();
        activity.fire(new TenantActivity(actor.username(), "PEL_PENGEMBANGAN_ADD", "pel_pengembangan",
                String.valueOf(n.getId()), window.label() + ": " + n.getText()));
        return n.getId();
    }

    // ---- the PPK -------------------------------------------------------------------------------------

    /**
     * Umpan balik from the PPK of record to a pegawai, about an RHK of their approved SKP ({@code rhkId}) or a
     * core value ({@code value}); exactly one of the two.
     */
    public long giveFeedback(Actor actor, String pegawaiNip, long windowId, Long rhkId, CoreValue value, String text) {
        Pegawai me = auth.pegawai(actor);
        Pegawai owner = findPegawai(pegawaiNip);
        EvaluationWindow window = windows.window(windowId);
        Optional<Skp> skp = approvedSkp(owner, window.getYear());
        if (owner.getNip().equals(me.getNip()) || !isSame(ppkOfRecord(owner, skp.orElse(null)), me)) {
            throw new AccessDeniedException("pel.access.notPpk");
        }
        window.requireOpenOn(WorkCalendar.today());
        Rhk rhk = null;
        if (rhkId != null) {
            rhk = skp.flatMap(s -> s.getRhk().stream().filter(r -> r.getId().equals(rhkId)).findFirst())
                    .orElseThrow(() -> new AccessDeniedException("pel.access.denied"));
        }
        UmpanBalik u = new UmpanBalik(owner, window, rhk, value, text, me);
        em.persist(u);
        em.flush();
        String about = rhk != null ? "RHK \"" + rhk.getText() + "\"" : "perilaku " + value.label();
        activity.fire(new TenantActivity(actor.username(), "PEL_FEEDBACK", "pel_umpan_balik", String.valueOf(u.getId()),
                window.label() + ", untuk " + owner.getNip() + ", tentang " + about + ": " + u.getText()));
        notifications.fire(new NotificationRequested(owner.getNip(), "FEEDBACK_GIVEN",
                "Umpan balik dari " + me.getName() + " (" + window.label() + ")",
                me.getName() + " memberi umpan balik tentang " + about + ":\n\n" + u.getText(),
                "pelaksanaan/my.xhtml?window=" + window.getId()));
        return u.getId();
    }

    // ---- downloads -----------------------------------------------------------------------------------

    /**
     * A file bukti dukung for the actor: empty when no such file exists in this agency (404).
     *
     * @throws AccessDeniedException when it exists but the actor may not read it (403)
     */
    public Optional<EvidenceDownload> download(Actor actor, long buktiId) {
        BuktiDukung b = em.find(BuktiDukung.class, buktiId);
        if (b == null || !b.isFile()) {
            return Optional.empty();
        }
        Pegawai me = auth.pegawai(actor);
        Skp skp = b.getRhk().getSkp();
        Pegawai owner = skp.getPegawai();
        if (!canRead(me, owner, ppkOfRecord(owner, skp))) {
            throw new AccessDeniedException("pel.access.denied");
        }
        BuktiContent content = em.find(BuktiContent.class, buktiId);
        if (content == null) {
            return Optional.empty();
        }
        activity.fire(new TenantActivity(actor.username(), "PEL_BUKTI_DOWNLOAD", "pel_bukti", String.valueOf(buktiId),
                b.getFileName() + " milik " + owner.getNip()));
        return Optional.of(new EvidenceDownload(b.getFileName(), b.getMediaType(), b.getSha256(), content.getContent()));
    }

    // ---- rules ---------------------------------------------------------------------------------------

    private record Target(Pegawai owner, Rhk rhk, EvaluationWindow window) {
    }

    /** The actor's own RHK (of their approved SKP in force for the window's year) in an open window. */
    private Target writable(Actor actor, long rhkId, long windowId) {
        Pegawai me = auth.pegawai(actor);
        Rhk rhk = em.find(Rhk.class, rhkId);
        if (rhk == null) {
            throw new AccessDeniedException("pel.access.denied");
        }
        if (!rhk.getSkp().getPegawai().getNip().equals(me.getNip())) {
            throw new AccessDeniedException("pel.access.notOwner");
        }
        EvaluationWindow window = windows.window(windowId);
        if (rhk.getSkp().getStatus() != SkpStatus.DISETUJUI || rhk.getSkp().getYear() != window.getYear()) {
            throw new EvidenceRejectedException("pel.error.rhkNotInForce");
        }
        if (window.isAnnual()) {
            throw new EvidenceRejectedException("pel.error.periodicOnly");
        }
        window.requireOpenOn(WorkCalendar.today());
        return new Target(me, rhk, window);
    }

    private Optional<Skp> approvedSkp(Pegawai owner, int year) {
        return em.createQuery("select s from Skp s where s.pegawai = :p and s.year = :y and s.status = :st"
                        + " order by s.revision desc", Skp.class).setParameter("p", owner).setParameter("y", year)
                .setParameter("st", SkpStatus.DISETUJUI).setMaxResults(1).getResultStream().findFirst();
    }

    private Optional<Realisasi> realisasi(Rhk rhk, EvaluationWindow window) {
        return em.createQuery("select r from Realisasi r where r.rhk = :r and r.window = :w", Realisasi.class)
                .setParameter("r", rhk).setParameter("w", window).getResultStream().findFirst();
    }

    private Pegawai findPegawai(String nip) {
        return em.createQuery("select p from Pegawai p where p.nip = :nip", Pegawai.class).setParameter("nip", nip)
                .getResultStream().findFirst().orElseThrow(() -> new AccessDeniedException("pel.access.denied"));
    }

    /** The PPK the SKP was approved by; without one, the pegawai's current PPK. */
    private static Pegawai ppkOfRecord(Pegawai owner, Skp skp) {
        return skp != null && skp.getPpk() != null ? skp.getPpk() : owner.getPpk();
    }

    private static boolean canRead(Pegawai me, Pegawai owner, Pegawai ppk) {
        return owner.getNip().equals(me.getNip())
                || isSame(ppk, me)
                || isSame(owner.getPpk(), me)
                || (ppk != null && isSame(ppk.getPpk(), me))
                || me.hasRole(TenantRole.ADMIN_INSTANSI);
    }

    private static boolean isSame(Pegawai a, Pegawai b) {
        return a != null && b != null && a.getNip().equals(b.getNip());
    }

    private static PelaksanaanView.Feedback line(UmpanBalik u) {
        return new PelaksanaanView.Feedback(u.getId(), u.getText(), u.getGivenByName(), u.getGivenAt());
    }

    private void log(Actor actor, String action, String entity, Long id, Target t, String detail) {
        String text = t.window.label() + ", RHK " + t.rhk.getId() + " \"" + t.rhk.getText() + "\": " + detail;
        activity.fire(new TenantActivity(actor.username(), action, entity, String.valueOf(id),
                text.length() > 4000 ? text.substring(0, 4000) + "…" : text));
    }
}
