package id.ekinerja.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One thing a pegawai was told (an SKP submitted to them, their SKP approved, a window about to close...). Written
 * in the transaction of the action that caused it; afterwards only its read mark changes, and only its recipient
 * may change it.
 */
@Entity
@Table(name = "notification")
public class Notification {
    public static final int SUBJECT_MAX = 300;
    public static final int LINK_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_nip", nullable = false, updatable = false, length = 18)
    private String recipientNip;

    @Column(nullable = false, updatable = false, length = 40)
    private String kind;

    @Column(nullable = false, updatable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(updatable = false)
    private String body;

    @Column(updatable = false, length = LINK_MAX)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    protected Notification() {
    }

    /**
     * @param link a path inside the tenant (e.g. {@code skp/view.xhtml?id=12}); absolute URLs and paths that climb
     *             out of the tenant are refused, so a notification can never send its reader elsewhere
     */
    public Notification(String recipientNip, String kind, String subject, String body, String link) {
        if (recipientNip == null || recipientNip.isBlank() || kind == null || kind.isBlank() || subject == null
                || subject.isBlank()) {
            throw new IllegalArgumentException("recipient, kind and subject are required");
        }
        this.recipientNip = recipientNip.trim();
        this.kind = kind;
        this.subject = subject.length() > SUBJECT_MAX ? subject.substring(0, SUBJECT_MAX - 1) + "…" : subject;
        this.body = body;
        this.link = requireTenantPath(link);
        this.createdAt = OffsetDateTime.now();
    }

    static String requireTenantPath(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String l = link.trim();
        while (l.startsWith("/")) {
            l = l.substring(1);
        }
        if (l.contains("://") || l.startsWith("\\") || l.contains("..") || l.length() > LINK_MAX
                || l.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a notification link is a path inside the tenant: " + link);
        }
        return l;
    }

    public boolean isRead() {
        return readAt != null;
    }

    /** Marks it read; reading it again keeps the first time. */
    public void markRead() {
        if (readAt == null) {
            readAt = OffsetDateTime.now();
        }
    }

    public boolean isFor(String nip) {
        return recipientNip.equals(nip);
    }

    public Long getId() {
        return id;
    }

    public String getRecipientNip() {
        return recipientNip;
    }

    public String getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getReadAt() {
        return readAt;
    }
}
