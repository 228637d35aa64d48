package id.ekinerja.domain.model.pelaksanaan;

import id.ekinerja.domain.model.organisation.Pegawai;
import id.ekinerja.domain.model.skp.EvaluationWindow;
import id.ekinerja.domain.model.skp.Rhk;
import id.ekinerja.tenantconfig.CoreValue;
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
import java.time.OffsetDateTime;

/**
 * The PPK's umpan balik to a pegawai in a window, about exactly one thing: an RHK (hasil kerja) or a BerAKHLAK
 * core value (perilaku kerja). Feedback is a conversation over time, so each one is kept, never edited.
 */
@Entity
@Table(name = "pel_umpan_balik")
public class UmpanBalik {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pegawai_id", nullable = false, updatable = false)
    private Pegawai pegawai;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "window_id", nullable = false, updatable = false)
    private EvaluationWindow window;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rhk_id", updatable = false)
    private Rhk rhk;

    @Enumerated(EnumType.STRING)
    @Column(name = "core_value", updatable = false, length = 30)
    private CoreValue coreValue;

    @Column(nullable = false, updatable = false, length = Notes.MAX)
    private String text;

    @Column(name = "given_by", nullable = false, updatable = false, length = 100)
    private String givenBy;

    @Column(name = "given_by_name", nullable = false, updatable = false, length = 200)
    private String givenByName;

    @Column(name = "given_at", nullable = false, updatable = false)
    private OffsetDateTime givenAt;

    protected UmpanBalik() {
    }

    /** About an RHK ({@code coreValue} null) or a core value ({@code rhk} null), never both or neither. */
    public UmpanBalik(Pegawai pegawai, EvaluationWindow window, Rhk rhk, CoreValue coreValue, String text, Pegawai ppk) {
        if ((rhk == null) == (coreValue == null)) {
            throw new EvidenceRejectedException("pel.error.feedbackSubject");
        }
        this.pegawai = pegawai;
        this.window = window;
        this.rhk = rhk;
        this.coreValue = coreValue;
        this.text = Notes.required(text);
        this.givenBy = ppk.getNip();
        this.givenByName = ppk.getName();
        this.givenAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public Pegawai getPegawai() {
        return pegawai;
    }

    public EvaluationWindow getWindow() {
        return window;
    }

    public Rhk getRhk() {
        return rhk;
    }

    public CoreValue getCoreValue() {
        return coreValue;
    }

    public String getText() {
        return text;
    }

    public String getGivenBy() {
        return givenBy;
    }

    public String getGivenByName() {
        return givenByName;
    }

    public OffsetDateTime getGivenAt() {
        return givenAt;
    }
}
