package id.ekinerja.application.notification;

/**
 * "Tell this person": fired as a CDI event by the use case that has something to tell (an SKP submitted, feedback
 * given, a keberatan decided...), inside its transaction. The notification module stores it in the person's
 * in-app inbox in the same transaction (so a rolled-back action notifies nobody) and e-mails it after commit.
 *
 * @param recipientNip the pegawai to tell (username = NIP), in the current tenant
 * @param kind         what happened, e.g. {@code SKP_SUBMITTED}; lets the inbox group and the user filter
 * @param subject      one line, in Bahasa Indonesia (the language of the agency's correspondence)
 * @param body         the message, plain text; never trusted as markup
 * @param link         path inside the tenant to act on it, e.g. {@code skp/view.xhtml?id=12}; may be {@code null}
 */
public record NotificationRequested(String recipientNip, String kind, String subject, String body, String link) {
    public NotificationRequested {
        if (recipientNip == null || kind == null || subject == null) {
            throw new IllegalArgumentException("recipient, kind and subject are required");
        }
    }
}
