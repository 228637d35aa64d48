package id.ekinerja.domain.model.skp;

import id.ekinerja.domain.model.organisation.Pegawai;
import id.ekinerja.tenantconfig.CoreValue;
import id.ekinerja.tenantconfig.JabatanKind;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sasaran Kinerja Pegawai: one pegawai's performance plan for one year, the aggregate root of its
 * {@link Rhk} (with their {@link Iki}), the PPK's ekspektasi khusus per {@link CoreValue} and the lampiran.
 *
 * <h2>Lifecycle</h2>
 * <pre>
 *   DRAFT ──submit──▶ DIAJUKAN ──approve──▶ DISETUJUI ──(newer revision approved)──▶ DIGANTI
 *     ▲                  │                      │
 *     │               return(reason)            └─revise──▶ new Skp, revision n+1, DRAFT (this one stays
 *     │                  ▼                                   DISETUJUI and visible until the new one is approved)
 *     └──(edit)──── DIKEMBALIKAN ──submit──▶ DIAJUKAN …
 * </pre>
 * Only DRAFT and DIKEMBALIKAN may be edited ({@link SkpNotEditableException} otherwise). Submitting needs
 * at least one RHK utama with an IKI that has its target; every RHK utama of a pegawai who has a PPK must
 * intervene an RHK of that PPK's approved SKP of the same year (the agency's top leader has no PPK inside
 * the agency and is exempt). The PPK of record is fixed at submission. Who may call which step (owner, PPK,
 * admin on behalf of a top leader's external superior) is the application service's check; the entity
 * refuses what is wrong whoever calls. {@code version} guards against two people saving over each other.
 */
@Entity
@Table(name = "skp")
public class Skp {
    private static final int LAMPIRAN_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pegawai_id")
    private Pegawai pegawai;

    @Column(name = "period_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SkpStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Pendekatan pendekatan = Pendekatan.KUANTITATIF;

    /** The PPK of record, fixed when the SKP is submitted; null for a top leader. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ppk_id")
    private Pegawai ppk;

    @OneToMany(mappedBy = "skp", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "position")
    private List<Rhk> rhk = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "skp_ekspektasi", joinColumns = @JoinColumn(name = "skp_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "core_value", length = 32)
    @Column(name = "text", length = 2000, nullable = false)
    private Map<CoreValue, String> ekspektasi = new HashMap<>();

    @Column(name = "dukungan_sumber_daya", length = LAMPIRAN_MAX)
    private String dukunganSumberDaya;

    @Column(name = "skema_pertanggungjawaban", length = LAMPIRAN_MAX)
    private String skemaPertanggungjawaban;

    @Column(name = "konsekuensi", length = LAMPIRAN_MAX)
    private String konsekuensi;

    @Column(name = "return_reason", length = 2000)
    private String returnReason;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    /** Approved by an admin instansi on behalf of a top leader's superior outside the agency. */
    @Column(name = "decided_on_behalf", nullable = false)
    private boolean decidedOnBehalf;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_id")
    private Skp previous;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Version
    private int version;

    protected Skp() {
    }

    /** A new, empty draft (revision 1) of the pegawai's SKP for the year. */
    public Skp(Pegawai pegawai, int year, String by) {
        this.pegawai = Objects.requireNonNull(pegawai, "pegawai");
        if (year < AnnualPeriod.MIN_YEAR || year > AnnualPeriod.MAX_YEAR) {
            throw new SkpIncompleteException("skp.period.yearInvalid", AnnualPeriod.MIN_YEAR, AnnualPeriod.MAX_YEAR);
        }
        this.year = year;
        this.revision = 1;
        this.status = SkpStatus.DRAFT;
        touch(by);
    }

    /**
     * Replaces the whole content, as the editor saves the whole document. Checks what can be checked on a
     * draft (interventions point at the PPK's approved SKP, aspek for JA/JF and perspektif for JPT); what
     * may still be missing is checked at {@link #submit}.
     */
    public void replaceContent(Pendekatan pendekatan, List<Rhk> newRhk, String dukunganSumberDaya,
                               String skemaPertanggungjawaban, String konsekuensi, String by) {
        requireEditable();
        this.pendekatan = Objects.requireNonNull(pendekatan, "pendekatan");
        for (Rhk r : newRhk) {
            checkIntervention(r);
            for (Iki iki : r.getIki()) {
                if (isJpt() && iki.getAspek() != null) {
                    throw new SkpIncompleteException("skp.error.aspekForJpt", iki.getIndicator());
                }
                if (!isJpt() && iki.getPerspektif() != null) {
                    throw new SkpIncompleteException("skp.error.perspektifForNonJpt", iki.getIndicator());
                }
            }
        }
        this.dukunganSumberDaya = text(dukunganSumberDaya, LAMPIRAN_MAX, "skp.error.tooLong");
        this.skemaPertanggungjawaban = text(skemaPertanggungjawaban, LAMPIRAN_MAX, "skp.error.tooLong");
        this.konsekuensi = text(konsekuensi, LAMPIRAN_MAX, "skp.error.tooLong");
        rhk.clear();
        for (Rhk r : newRhk) {
            r.attachTo(this);
            rhk.add(r);
        }
        touch(by);
    }

    /** Diajukan: the owner hands the SKP to their PPK (of record from now on). */
    public void submit(String by) {
        if (!status.editable()) {
            throw new IllegalSkpTransitionException("skp.error.cannotSubmit", status);
        }
        boolean hasCore = false;
        for (Rhk r : rhk) {
            if (r.getJenis() == JenisRhk.UTAMA) {
                if (r.getIntervened() == null && !isTopLeader()) {
                    throw new SkpIncompleteException("skp.error.interventionRequired", r.getText());
                }
                checkIntervention(r);
                if (!r.getIki().isEmpty()) {
                    hasCore = true;
                }
            }
            if (r.getIki().isEmpty()) {
                throw new SkpIncompleteException("skp.error.rhkWithoutIki", r.getText());
            }
            for (Iki iki : r.getIki()) {
                if (!iki.hasTarget(pendekatan)) {
                    throw new SkpIncompleteException(pendekatan == Pendekatan.KUANTITATIF
                            ? "skp.error.targetRequired" : "skp.error.targetTextRequired", iki.getIndicator());
                }
                if (isJpt() && iki.getPerspektif() == null) {
                    throw new SkpIncompleteException("skp.error.perspektifRequired", iki.getIndicator());
                }
                if (!isJpt() && pendekatan == Pendekatan.KUANTITATIF && iki.getAspek() == null) {
                    throw new SkpIncompleteException("skp.error.aspekRequired", iki.getIndicator());
                }
            }
        }
        if (!hasCore) {
            throw new SkpIncompleteException("skp.error.noCoreRhk");
        }
        this.ppk = pegawai.getPpk();
        this.status = SkpStatus.DIAJUKAN;
        this.submittedAt = OffsetDateTime.now();
        touch(by);
    }

    /**
     * Disetujui (penetapan) with the appraiser's ekspektasi khusus per core value.
     *
     * @param onBehalf true when an admin instansi records the approval of a top leader's external superior
     */
    public void approve(Pegawai approver, Map<CoreValue, String> expectations, boolean onBehalf) {
        requireSubmitted();
        requireNotOwner(approver);
        Map<CoreValue, String> clean = new EnumMap<>(CoreValue.class);
        if (expectations != null) {
            expectations.forEach((value, text) -> {
                String t = text(text, 2000, "skp.error.tooLong");
                if (t != null) {
                    clean.put(value, t);
                }
            });
        }
        ekspektasi.clear();
        ekspektasi.putAll(clean);
        decide(SkpStatus.DISETUJUI, approver, onBehalf);
    }

    /** Dikembalikan: back to the owner for changes, with the reason they must read. */
    public void returnToOwner(Pegawai appraiser, String reason, boolean onBehalf) {
        requireSubmitted();
        requireNotOwner(appraiser);
        String r = text(reason, 2000, "skp.error.tooLong");
        if (r == null) {
            throw new SkpIncompleteException("skp.error.reasonRequired");
        }
        this.returnReason = r;
        decide(SkpStatus.DIKEMBALIKAN, appraiser, onBehalf);
    }

    /**
     * A new draft revision with this approved SKP's content; this one stays approved (and visible) until
     * the new revision is approved, then it is {@link #supersede() superseded}.
     */
    public Skp revise(String by) {
        if (status != SkpStatus.DISETUJUI) {
            throw new IllegalSkpTransitionException("skp.error.reviseOnlyApproved", status);
        }
        Skp next = new Skp(pegawai, year, by);
        next.revision = revision + 1;
        next.previous = this;
        next.pendekatan = pendekatan;
        next.dukunganSumberDaya = dukunganSumberDaya;
        next.skemaPertanggungjawaban = skemaPertanggungjawaban;
        next.konsekuensi = konsekuensi;
        next.ekspektasi.putAll(ekspektasi);
        for (Rhk r : rhk) {
            Rhk copy = r.copy();
            copy.attachTo(next);
            next.rhk.add(copy);
        }
        return next;
    }

    /** Replaced by a newer approved revision. */
    public void supersede() {
        if (status != SkpStatus.DISETUJUI) {
            throw new IllegalSkpTransitionException("skp.error.reviseOnlyApproved", status);
        }
        status = SkpStatus.DIGANTI;
    }

    private void decide(SkpStatus outcome, Pegawai by, boolean onBehalf) {
        this.status = outcome;
        this.decidedAt = OffsetDateTime.now();
        this.decidedBy = by.getNip();
        this.decidedOnBehalf = onBehalf;
        touch(by.getNip());
    }

    private void requireEditable() {
        if (!status.editable()) {
            throw new SkpNotEditableException("skp.error.notEditable", status);
        }
    }

    private void requireSubmitted() {
        if (status != SkpStatus.DIAJUKAN) {
            throw new IllegalSkpTransitionException("skp.error.notSubmitted", status);
        }
    }

    private void requireNotOwner(Pegawai actor) {
        if (actor.getNip().equals(pegawai.getNip())) {
            throw new IllegalSkpTransitionException("skp.error.ownSkp");
        }
    }

    /** An intervened RHK must belong to the current PPK's approved SKP of the same year. */
    private void checkIntervention(Rhk r) {
        Rhk target = r.getIntervened();
        if (target == null) {
            return;
        }
        Pegawai superior = pegawai.getPpk();
        Skp of = target.getSkp();
        // getters, not fields: 'of' may be a lazy proxy
        if (superior == null || of == null || !of.getPegawai().getNip().equals(superior.getNip())
                || of.getYear() != year || of.getStatus() != SkpStatus.DISETUJUI) {
            throw new SkpIncompleteException("skp.error.interventionNotOfPpk", r.getText());
        }
    }

    private void touch(String by) {
        this.updatedBy = by;
        this.updatedAt = OffsetDateTime.now();
    }

    /** Trimmed text, {@code null} when blank; refuses text longer than {@code max}. */
    public static String text(String s, int max, String tooLongKey) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (t.length() > max) {
            throw new SkpIncompleteException(tooLongKey, max);
        }
        return t;
    }

    /** No PPK inside the agency: the top leader, exempt from intervening. */
    public boolean isTopLeader() {
        return pegawai.getPpk() == null;
    }

    /** JPT pegawai measure IKI by perspektif instead of aspek. */
    public boolean isJpt() {
        return pegawai.getJabatanKind() == JabatanKind.JPT;
    }

    public boolean isEditable() {
        return status.editable();
    }

    public Long getId() {
        return id;
    }

    public Pegawai getPegawai() {
        return pegawai;
    }

    public int getYear() {
        return year;
    }

    public int getRevision() {
        return revision;
    }

    public SkpStatus getStatus() {
        return status;
    }

    public Pendekatan getPendekatan() {
        return pendekatan;
    }

    public Pegawai getPpk() {
        return ppk;
    }

    public List<Rhk> getRhk() {
        return List.copyOf(rhk);
    }

    public Map<CoreValue, String> getEkspektasi() {
        return Map.copyOf(ekspektasi);
    }

    public String getDukunganSumberDaya() {
        return dukunganSumberDaya;
    }

    public String getSkemaPertanggungjawaban() {
        return skemaPertanggungjawaban;
    }

    public String getKonsekuensi() {
        return konsekuensi;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public boolean isDecidedOnBehalf() {
        return decidedOnBehalf;
    }

    public Skp getPrevious() {
        return previous;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public int getVersion() {
        return version;
    }
}
