package id.ekinerja.domain.model.skp;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Indikator Kinerja Individu: how an RHK is measured and what is targeted. JA/JF pegawai give the
 * {@link Aspek}; JPT give the {@link Perspektif} instead. Under the kuantitatif approach the target is a
 * number with a unit; under kualitatif it is a narrative expectation. Which of these must be present depends
 * on the SKP, so {@link Skp} checks completeness; the IKI itself only refuses an empty indicator.
 */
@Embeddable
public class Iki implements Serializable {
    /** Targets stay below 10^12 (column {@code skp_iki.target_value numeric(14,2)}). */
    static final BigDecimal MAX_TARGET = BigDecimal.TEN.pow(12);

    @Column(name = "indicator", nullable = false, length = 1000)
    private String indicator;

    @Column(name = "target_value", precision = 14, scale = 2)
    private BigDecimal targetValue;

    @Column(name = "target_unit", length = 60)
    private String targetUnit;

    @Column(name = "target_text", length = 1000)
    private String targetText;

    @Enumerated(EnumType.STRING)
    @Column(name = "aspek", length = 16)
    private Aspek aspek;

    @Enumerated(EnumType.STRING)
    @Column(name = "perspektif", length = 24)
    private Perspektif perspektif;

    protected Iki() {
    }

    public Iki(String indicator, BigDecimal targetValue, String targetUnit, String targetText, Aspek aspek,
               Perspektif perspektif) {
        this.indicator = Skp.text(indicator, 1000, "skp.error.tooLong");
        if (this.indicator == null) {
            throw new SkpIncompleteException("skp.error.ikiIndicatorRequired");
        }
        if (targetValue != null && targetValue.signum() < 0) {
            throw new SkpIncompleteException("skp.error.targetNegative", this.indicator);
        }
        if (targetValue != null && targetValue.abs().compareTo(MAX_TARGET) >= 0) {
            // the column is numeric(14,2): a bigger target failed in the database (HTTP 500)
            throw new SkpIncompleteException("skp.error.targetTooLarge", this.indicator);
        }
        this.targetValue = targetValue;
        this.targetUnit = Skp.text(targetUnit, 60, "skp.error.tooLong");
        this.targetText = Skp.text(targetText, 1000, "skp.error.tooLong");
        this.aspek = aspek;
        this.perspektif = perspektif;
    }

    /** Whether the IKI has the target its approach asks for. */
    boolean hasTarget(Pendekatan pendekatan) {
        return pendekatan == Pendekatan.KUANTITATIF
                ? targetValue != null && targetValue.signum() > 0 && targetUnit != null
                : targetText != null;
    }

    /** The target as people read it: "12 dokumen" or the narrative. */
    public String getTargetLabel() {
        StringBuilder s = new StringBuilder();
        if (targetValue != null) {
            s.append(targetValue.stripTrailingZeros().toPlainString());
            if (targetUnit != null) {
                s.append(' ').append(targetUnit);
            }
        }
        if (targetText != null) {
            s.append(s.isEmpty() ? "" : " — ").append(targetText);
        }
        return s.toString();
    }

    public String getIndicator() {
        return indicator;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public String getTargetUnit() {
        return targetUnit;
    }

    public String getTargetText() {
        return targetText;
    }

    public Aspek getAspek() {
        return aspek;
    }

    public Perspektif getPerspektif() {
        return perspektif;
    }

    Iki copy() {
        return new Iki(indicator, targetValue, targetUnit, targetText, aspek, perspektif);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Iki i && indicator.equals(i.indicator) && Objects.equals(targetValue, i.targetValue)
                && Objects.equals(targetUnit, i.targetUnit) && Objects.equals(targetText, i.targetText)
                && aspek == i.aspek && perspektif == i.perspektif;
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicator, targetValue, targetUnit, targetText, aspek, perspektif);
    }
}
