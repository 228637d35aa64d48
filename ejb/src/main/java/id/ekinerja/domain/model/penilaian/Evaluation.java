package id.ekinerja.domain.model.penilaian;

import id.ekinerja.domain.model.organisation.Pegawai;
import id.ekinerja.domain.model.organisation.UnitKerja;
import id.ekinerja.domain.model.skp.EvaluationWindow;
import id.ekinerja.tenantconfig.OrganisationPredikat;
import id.ekinerja.tenantconfig.Predikat;
import id.ekinerja.tenantconfig.Rating;
import id.ekinerja.tenantconfig.RuleSet;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One pegawai's evaluation in one window (a periodic window or the annual one): the two ratings, the predikat
 * that follows from them through the tenant's kuadran, the PPK's notes, and the version of the rule set the
 * predikat was computed under (so a later change of the tenant's rules never silently re-labels a stored result).
 *
 * <p>Draft until the unit is finalised (the distribution curve is checked then, over the whole unit); a
 * finalised evaluation is read-only, except that the atasan PPK's decision on a keberatan may change an annual one
 * ({@link #changeByKeberatan}).
 */
@Entity
@Table(name = "evaluation")
public class Evaluation {
    /** Longest note, as the column allows. */
    public static final int MAX_TEXT = 4000;
    /** Days after finalisation of an annual result within which the pegawai may file a keberatan. */
    public static final int KEBERATAN_DAYS = 14;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "window_id", nullable = false, updatable = false)
    private EvaluationWindow window;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pegawai_id", nullable = false, updatable = false)
    private Pegawai pegawai;

    /** The unit the pegawai was in when first rated: the group whose distribution curve this counts in. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private UnitKerja unit;

    /** The PPK of record: who rated (null for a top leader rated by an admin on behalf of an outside superior). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ppk_id")
    private Pegawai ppk;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_hasil_kerja", nullable = false, length = 24)
    private Rating ratingHasilKerja;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_perilaku", nullable = false, length = 24)
    private Rating ratingPerilaku;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Predikat predikat;

    /** The rating hasil kerja came from the unit's organisation predikat (leader-of-unit rule). */
    @Column(name = "hasil_from_unit", nullable = false)
    private boolean hasilFromUnit;

    @Column(name = "notes_hasil_kerja", length = MAX_TEXT)
    private String notesHasilKerja;

    @Column(name = "notes_perilaku", length = MAX_TEXT)
    private String notesPerilaku;

    @Column(name = "rule_set_version", nullable = false, length = 80)
    private String ruleSetVersion;

    @Column(name = "rated_by", nullable = false, length = 100)
    private String ratedBy;

    @Column(name = "rated_at", nullable = false)
    private OffsetDateTime ratedAt;

    @Column(nullable = false)
    private boolean finalised;

    @Column(name = "finalised_on")
    private LocalDate finalisedOn;

    @Column(name = "finalised_by", length = 100)
    private String finalisedBy;

    @Version
    private int version;

    protected Evaluation() {
    }

    public Evaluation(EvaluationWindow window, Pegawai pegawai, UnitKerja unit, Pegawai ppk) {
        this.window = window;
        this.pegawai = pegawai;
        this.unit = unit;
        this.ppk = ppk;
    }

    /**
     * Sets (or replaces, while a draft) both ratings and the notes; the predikat follows from the rule set's
     * kuadran. For a unit's leader pass the unit's organisation predikat: it replaces {@code hasilKerja}
     * ({@link LeaderRule}); for anyone else pass {@code null}.
     *
     * @throws PenilaianException {@code pen.final} if already finalised, {@code pen.ratingsRequired},
     *                            {@code pen.textTooLong}
     */
    public void rate(Rating hasilKerja, Rating perilaku, OrganisationPredikat leadsUnitWith, String notesHasil,
                     String notesPerilaku, RuleSet rules, String by) {
        requireDraft();
        Rating hasil = leadsUnitWith != null ? LeaderRule.hasilKerja(leadsUnitWith) : hasilKerja;
        if (hasil == null || perilaku == null) {
            throw new PenilaianException("pen.ratingsRequired");
        }
        this.ratingHasilKerja = hasil;
        this.ratingPerilaku = perilaku;
        this.hasilFromUnit = leadsUnitWith != null;
        this.predikat = rules.kuadran().predikat(hasil, perilaku);
        this.ruleSetVersion = rules.version();
        this.notesHasilKerja = text(notesHasil);
        this.notesPerilaku = text(notesPerilaku);
        this.ratedBy = by;
        this.ratedAt = OffsetDateTime.now();
    }

    /** Closes the evaluation: read-only from now on; an annual one starts the keberatan period. */
    public void finalise(LocalDate day, String by) {
        requireDraft();
        if (predikat == null) {
            throw new PenilaianException("pen.notRated", pegawai.getName());
        }
        this.finalised = true;
        this.finalisedOn = day;
        this.finalisedBy = by;
    }

    /** The last day a keberatan may be filed: {@value #KEBERATAN_DAYS} days after finalisation (inclusive). */
    public LocalDate keberatanDeadline() {
        return finalisedOn == null ? null : finalisedOn.plusDays(KEBERATAN_DAYS);
    }

    /** Whether a keberatan may be filed on {@code day}: an annual, finalised result, on or before the deadline. */
    public boolean keberatanOpenOn(LocalDate day) {
        return finalised && window.isAnnual() && !day.isAfter(keberatanDeadline());
    }

    /** The atasan PPK's decision on a keberatan replaces the ratings; the predikat follows from the kuadran again. */
    void changeByKeberatan(Rating hasilKerja, Rating perilaku, RuleSet rules, String by) {
        if (hasilKerja == null || perilaku == null) {
            throw new PenilaianException("pen.ratingsRequired");
        }
        this.ratingHasilKerja = hasilKerja;
        this.ratingPerilaku = perilaku;
        this.hasilFromUnit = false;
        this.predikat = rules.kuadran().predikat(hasilKerja, perilaku);
        this.ruleSetVersion = rules.version();
        this.ratedBy = by;
        this.ratedAt = OffsetDateTime.now();
    }

    private void requireDraft() {
        if (finalised) {
            throw new PenilaianException("pen.final");
        }
    }

    static String text(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (t.length() > MAX_TEXT) {
            throw new PenilaianException("pen.textTooLong", MAX_TEXT);
        }
        return t;
    }

    public Long getId() {
        return id;
    }

    public EvaluationWindow getWindow() {
        return window;
    }

    public Pegawai getPegawai() {
        return pegawai;
    }

    public UnitKerja getUnit() {
        return unit;
    }

    public Pegawai getPpk() {
        return ppk;
    }

    public Rating getRatingHasilKerja() {
        return ratingHasilKerja;
    }

    public Rating getRatingPerilaku() {
        return ratingPerilaku;
    }

    public Predikat getPredikat() {
        return predikat;
    }

    public boolean isHasilFromUnit() {
        return hasilFromUnit;
    }

    public String getNotesHasilKerja() {
        return notesHasilKerja;
    }

    public String getNotesPerilaku() {
        return notesPerilaku;
    }

    public String getRuleSetVersion() {
        return ruleSetVersion;
    }

    public String getRatedBy() {
        return ratedBy;
    }

    public OffsetDateTime getRatedAt() {
        return ratedAt;
    }

    public boolean isFinalised() {
        return finalised;
    }

    public LocalDate getFinalisedOn() {
        return finalisedOn;
    }

    public String getFinalisedBy() {
        return finalisedBy;
    }

    public int getVersion() {
        return version;
    }
}
