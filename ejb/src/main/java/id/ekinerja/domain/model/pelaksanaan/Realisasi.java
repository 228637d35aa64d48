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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** What was achieved on an RHK in a window: one text per RHK and window, rewritten while the window is open. */
@Entity
@Table(name = "pel_realisasi")
public class Realisasi {
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

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private int version;

    protected Realisasi() {
    }

    public Realisasi(Rhk rhk, EvaluationWindow window, String text, String by) {
        this.rhk = rhk;
        this.window = window;
        rewrite(text, by);
    }

    public void rewrite(String text, String by) {
        this.text = Notes.required(text);
        this.updatedBy = by;
        this.updatedAt = OffsetDateTime.now();
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

    public String getUpdatedBy() {
        return updatedBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
