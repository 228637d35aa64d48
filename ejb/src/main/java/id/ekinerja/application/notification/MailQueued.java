package id.ekinerja.application.notification;

/** An outbox row was written in the current transaction; observed after commit to send it at once. */
public record MailQueued(String tenant, long outboxId) {
}
