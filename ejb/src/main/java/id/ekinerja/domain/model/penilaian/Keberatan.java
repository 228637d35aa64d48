package id.ekinerja.domain.model.penilaian;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A pegawai's objection to their finalised annual evaluation (PermenPAN-RB 6/2022, tindak lanjut): filed with
 * reasons within {@value Evaluation#KEBERATAN_DAYS} days of finalisation (the last day included), one per
 * result; decided once by the atasan PPK, with reasons: upheld (the result stands) or changed (new ratings, the
 * predikat follows from the kuadran). The decision is final. The original ratings are kept here, so the record
 * shows what was objected to even after a change.
 */
@Entity
@Table(name = "keberatan")
public class Keberatan {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id", nullable = false, updatable = false, unique = true)
    private Evaluation evaluation;

    @Column(nullable = false, length = Evaluation.MAX_TEXT)
    private String reasons;

    @Column(name = "filed_by", nullable = false, length = 100)
    private String filedBy;

    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;

    @Column(name = "filed_at", nullable = false)
    private OffsetDateTime filedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private KeberatanStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "original_hasil_kerja", nullable = false, length = 24)
    private Rating originalHasilKerja;

    @Enumerated(EnumType.STRING)
    @Column(name = "original_perilaku", nullable = false, length = 24)
    private Rating originalPerilaku;

    @Enumerated(EnumType.STRING)
    @Column(name = "original_predikat", nullable = false, length = 20)
    private Predikat originalPredikat;

    @Column(name = "decision_reasons", length = Evaluation.MAX_TEXT)
    private String decisionReasons;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Version
    private int version;

    protected Keberatan() {
    }

    private Keberatan(Evaluation evaluation, String reasons, LocalDate day, String by) {
        this.evaluation = evaluation;
        this.reasons = reasons;
        this.filedOn = day;
        this.filedAt = OffsetDateTime.now();
        this.filedBy = by;
        this.status = KeberatanStatus.DIAJUKAN;
        this.originalHasilKerja = evaluation.getRatingHasilKerja();
        this.originalPerilaku = evaluation.getRatingPerilaku();
        this.originalPredikat = evaluation.getPredikat();
    }

    /**
     * Files a keberatan on {@code day}.
     *
     * @throws PenilaianException {@code pen.keberatan.notAnnualFinal} for a periodic or draft result,
     *                            {@code pen.keberatan.tooLate} (with the deadline) after the last day,
     *                            {@code pen.keberatan.reasonsRequired} without reasons
     */
    public static Keberatan file(Evaluation evaluation, String reasons, LocalDate day, String by) {
        if (!evaluation.isFinalised() || !evaluation.getWindow().isAnnual()) {
            throw new PenilaianException("pen.keberatan.notAnnualFinal");
        }
        if (!evaluation.keberatanOpenOn(day)) {
            throw new PenilaianException("pen.keberatan.tooLate", evaluation.keberatanDeadline(),
                    evaluation.getFinalisedOn(), Evaluation.KEBERATAN_DAYS);
        }
        String text = Evaluation.text(reasons);
        if (text == null) {
            throw new PenilaianException("pen.keberatan.reasonsRequired");
        }
        return new Keberatan(evaluation, text, day, by);
    }

    /** The atasan PPK upholds the result. Final. */
    public void uphold(String decisionReasons, String by) {
        decide(decisionReasons, by);
        this.status = KeberatanStatus.DITOLAK;
    }

    /** The atasan PPK sets new ratings; the predikat follows from the kuadran of {@code rules}. Final. */
    public void change(Rating hasilKerja, Rating perilaku, RuleSet rules, String decisionReasons, String by) {
        decide(decisionReasons, by);
        evaluation.changeByKeberatan(hasilKerja, perilaku, rules, by);
        this.status = KeberatanStatus.DIUBAH;
    }

    private void decide(String decisionReasons, String by) {
        if (status.decided()) {
            throw new PenilaianException("pen.keberatan.alreadyDecided");
        }
        String text = Evaluation.text(decisionReasons);
        if (text == null) {
            throw new PenilaianException("pen.keberatan.decisionReasonsRequired");
        }
        this.decisionReasons = text;
        this.decidedBy = by;
        this.decidedAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public Evaluation getEvaluation() {
        return evaluation;
    }

    public String getReasons() {
        return reasons;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public OffsetDateTime getFiledAt() {
        return filedAt;
    }

    public KeberatanStatus getStatus() {
        return status;
    }

    public Rating getOriginalHasilKerja() {
        return originalHasilKerja;
    }

    public Rating getOriginalPerilaku() {
        return originalPerilaku;
    }

    public Predikat getOriginalPredikat() {
        return originalPredikat;
    }

    public String getDecisionReasons() {
        return decisionReasons;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public int getVersion() {
        return version;
    }
}
