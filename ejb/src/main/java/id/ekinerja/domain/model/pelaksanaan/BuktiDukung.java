package id.ekinerja.domain.model.pelaksanaan;

import id.ekinerja.domain.model.skp.EvaluationWindow;
import id.ekinerja.domain.model.skp.Rhk;
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
 * One piece of evidence for an RHK in a window: a file (its metadata here, its bytes in {@link BuktiContent} so
 * that listing evidence never loads them) or a link. Files keep the type detected from their content, the size,
 * the SHA-256 of the bytes and the sanitised original name.
 */
@Entity
@Table(name = "pel_bukti")
public class BuktiDukung {
    public enum Kind { FILE, LINK }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rhk_id", nullable = false, updatable = false)
    private Rhk rhk;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "window_id", nullable = false, updatable = false)
    private EvaluationWindow window;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Kind kind;

    @Column(updatable = false, length = EvidenceLink.MAX)
    private String url;

    @Column(name = "file_name", updatable = false, length = EvidenceName.MAX)
    private String fileName;

    @Column(name = "media_type", updatable = false, length = 120)
    private String mediaType;

    @Column(name = "size_bytes", updatable = false)
    private Long sizeBytes;

    @Column(updatable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    protected BuktiDukung() {
    }

    private BuktiDukung(Rhk rhk, EvaluationWindow window, Kind kind, String by) {
        this.rhk = rhk;
        this.window = window;
        this.kind = kind;
        this.uploadedBy = by;
        this.uploadedAt = OffsetDateTime.now();
    }

    public static BuktiDukung file(Rhk rhk, EvaluationWindow window, EvidenceFile file, String by) {
        BuktiDukung b = new BuktiDukung(rhk, window, Kind.FILE, by);
        b.fileName = file.name();
        b.mediaType = file.type().mediaType();
        b.sizeBytes = (long) file.size();
        b.sha256 = file.sha256();
        return b;
    }

    public static BuktiDukung link(Rhk rhk, EvaluationWindow window, String url, String by) {
        BuktiDukung b = new BuktiDukung(rhk, window, Kind.LINK, by);
        b.url = EvidenceLink.validate(url);
        return b;
    }

    public boolean isFile() {
        return kind == Kind.FILE;
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

    public Kind getKind() {
        return kind;
    }

    public String getUrl() {
        return url;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public OffsetDateTime getUploadedAt() {
        return uploadedAt;
    }
}
