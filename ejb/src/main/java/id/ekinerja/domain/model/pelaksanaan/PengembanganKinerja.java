package id.ekinerja.domain.model.pelaksanaan;

import id.ekinerja.domain.model.organisation.Pegawai;
import id.ekinerja.domain.model.skp.EvaluationWindow;
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

/** A pegawai's note on pengembangan kinerja in a window (a training attended, coaching, a skill to build). */
@Entity
@Table(name = "pel_pengembangan")
public class PengembanganKinerja {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pegawai_id", nullable = false, updatable = false)
    private Pegawai pegawai;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "window_id", nullable = false, updatable = false)
    private EvaluationWindow window;

    @Column(nullable = false, updatable = false, length = Notes.MAX)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected PengembanganKinerja() {
    }

    public PengembanganKinerja(Pegawai pegawai, EvaluationWindow window, String text) {
        this.pegawai = pegawai;
        this.window = window;
        this.text = Notes.required(text);
        this.createdAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
