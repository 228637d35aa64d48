package id.ekinerja.domain.model.pelaksanaan;

import id.ekinerja.domain.model.skp.EvaluationWindow;
import id.ekinerja.domain.model.skp.Rhk;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One planned action towards an RHK in a window; a pegawai may plan several. */
@Entity
@Table(name = "pel_rencana_aksi")
public class RencanaAksi {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rhk_id", nullable = false, updatable = false)
    private Rhk rhk;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "window_id", nullable = false, updatable = false)
    private EvaluationWindow window;

    @Column(nullable = false, length = Notes.MAX)
    private String text;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected RencanaAksi() {
    }

    public RencanaAksi(Rhk rhk, EvaluationWindow window, String text, String by) {
        this.rhk = rhk;
        this.window = window;
        this.text = Notes.required(text);
        this.createdBy = by;
        this.createdAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public Rhk getRhk() {
        return rhk;
    }

    public EvaluationWindow getWindow() {
        return window;
    }

    public String getText() {
        return text;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
