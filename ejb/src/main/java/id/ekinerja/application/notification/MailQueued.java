package id.ekinerja.application.notification;

/**
 * Outbox rows were written in the current transaction of this tenant; observed once after commit to send them at
 * once. One event per transaction, not per mail: a finalisation that tells 10,000 people queues one send pass.
 */
public record MailQueued(String tenant) {
}
