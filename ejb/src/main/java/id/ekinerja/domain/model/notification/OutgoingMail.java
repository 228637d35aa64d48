package id.ekinerja.domain.model.notification;

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
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * A row of the e-mail outbox: the mail for one notification, written in the same transaction (so a rolled-back
 * action mails nobody) and sent after commit. Lifecycle: PENDING → (claimed by one node: SENDING) → SENT; a failed
 * attempt goes back to PENDING with a later {@code nextAttemptAt} (doubling back-off) until {@code maxAttempts}
 * attempts have failed: then FAILED, for good, with the last error kept.
 */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {
    /** First retry after this; each further one waits twice as long. */
    static final Duration FIRST_BACKOFF = Duration.ofMinutes(1);

    public enum Status {
        PENDING, SENDING, SENT, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notification_id", nullable = false, updatable = false)
    private Notification notification;

    @Column(name = "to_address", nullable = false, updatable = false, length = 254)
    private String toAddress;

    @Column(nullable = false, updatable = false, length = Notification.SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "max_attempts", nullable = false, updatable = false)
    private int maxAttempts;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "claimed_at")
    private OffsetDateTime claimedAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    protected OutgoingMail() {
    }

    public OutgoingMail(Notification notification, String toAddress, String subject, String body, int maxAttempts) {
        if (toAddress == null || toAddress.isBlank()) {
            throw new IllegalArgumentException("an outgoing mail needs an address");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
        this.notification = notification;
        this.toAddress = toAddress.trim();
        this.subject = subject;
        this.body = body == null ? "" : body;
        this.maxAttempts = maxAttempts;
        this.status = Status.PENDING;
        this.createdAt = OffsetDateTime.now();
        this.nextAttemptAt = createdAt;
    }

    /** After a successful SMTP hand-over. */
    public void sent(OffsetDateTime at) {
        attempts++;
        status = Status.SENT;
        sentAt = at;
        lastError = null;
        claimedAt = null;
    }

    /** After a failed attempt: retry later with back-off, or give up once the attempts are used. */
    public void failed(OffsetDateTime at, String error) {
        attempts++;
        claimedAt = null;
        lastError = error == null ? "?" : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
        } else {
            status = Status.PENDING;
            nextAttemptAt = at.plus(FIRST_BACKOFF.multipliedBy(1L << Math.min(attempts - 1, 20)));
        }
    }

    public Long getId() {
        return id;
    }

    public Notification getNotification() {
        return notification;
    }

    public String getToAddress() {
        return toAddress;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public OffsetDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }
}
