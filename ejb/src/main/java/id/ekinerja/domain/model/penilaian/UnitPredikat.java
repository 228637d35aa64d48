package id.ekinerja.domain.model.penilaian;

import id.ekinerja.domain.model.organisation.UnitKerja;
import id.ekinerja.domain.model.skp.EvaluationWindow;
import id.ekinerja.tenantconfig.OrganisationPredikat;
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
import java.time.OffsetDateTime;

/**
 * A unit's organisation predikat in one window, set by the leader above the unit (the PPK of the unit's head).
 * It bounds the unit's distribution of predikat (the curve) and, by the {@link LeaderRule}, gives the head's
 * rating hasil kerja. Fixed once the unit is finalised.
 */
@Entity
@Table(name = "organisation_predikat")
public class UnitPredikat {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "window_id", nullable = false, updatable = false)
    private EvaluationWindow window;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private UnitKerja unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganisationPredikat predikat;

    @Column(length = Evaluation.MAX_TEXT)
    private String notes;

    @Column(name = "rule_set_version", nullable = false, length = 80)
    private String ruleSetVersion;

    @Column(name = "set_by", nullable = false, length = 100)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private OffsetDateTime setAt;

    @Column(nullable = false)
    private boolean finalised;

    @Version
    private int version;

    protected UnitPredikat() {
    }

    public UnitPredikat(EvaluationWindow window, UnitKerja unit) {
        this.window = window;
        this.unit = unit;
    }

    public void set(OrganisationPredikat predikat, String notes, String ruleSetVersion, String by) {
        if (finalised) {
            throw new PenilaianException("pen.unit.final");
        }
        if (predikat == null) {
            throw new PenilaianException("pen.unit.predikatRequired");
        }
        this.predikat = predikat;
        this.notes = Evaluation.text(notes);
        this.ruleSetVersion = ruleSetVersion;
        this.setBy = by;
        this.setAt = OffsetDateTime.now();
    }

    public void finalise() {
        this.finalised = true;
    }

    public Long getId() {
        return id;
    }

    public EvaluationWindow getWindow() {
        return window;
    }

    public UnitKerja getUnit() {
        return unit;
    }

    public OrganisationPredikat getPredikat() {
        return predikat;
    }

    public String getNotes() {
        return notes;
    }

    public String getRuleSetVersion() {
        return ruleSetVersion;
    }

    public String getSetBy() {
        return setBy;
    }

    public OffsetDateTime getSetAt() {
        return setAt;
    }

    public boolean isFinalised() {
        return finalised;
    }

    public int getVersion() {
        return version;
    }
}
