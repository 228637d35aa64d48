package id.ekinerja.domain.model.settings;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/**
 * An uploaded agency logo. Immutable and never deleted: a settings version refers to its logo by id, so the
 * history's "before" logo stays servable, and a logo's bytes behind one id never change (which lets browsers cache
 * it for good). The type is decided from the bytes ({@link LogoType}); the constructor refuses anything else.
 */
@Entity
@Table(name = "settings_logo")
public class SettingsLogo {
    /** The largest logo accepted: a header image, not a poster. */
    public static final int MAX_BYTES = 512 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "media_type", nullable = false, updatable = false, length = 40)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    protected SettingsLogo() {
    }

    public SettingsLogo(byte[] content, String uploadedBy) {
        LogoType type = LogoType.detect(content).orElseThrow(() -> new IllegalArgumentException("not a PNG/JPEG/WebP logo"));
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("logo larger than " + MAX_BYTES + " bytes");
        }
        this.content = content.clone();
        this.mediaType = type.mediaType();
        this.sizeBytes = content.length;
        this.sha256 = sha256(content);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = OffsetDateTime.now();
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Long getId() {
        return id;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getMediaType() {
        return mediaType;
    }

    public int getSizeBytes() {
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
