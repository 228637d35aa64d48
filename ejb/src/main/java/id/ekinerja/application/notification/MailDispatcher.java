package id.ekinerja.application.notification;

import id.ekinerja.domain.model.notification.OutgoingMail;
import id.ekinerja.domain.model.tenant.TenantStatus;
import id.ekinerja.infrastructure.mail.SmtpMailer;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import id.ekinerja.infrastructure.tenancy.TenantRegistry;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Sends outbox rows by SMTP, outside any transaction (a slow server must not hold a database connection): claim
 * the row, send, record the outcome. Right after the action's commit ({@link #sendPending}), and every minute for rows
 * whose retry is due ({@link #retryDue}), in every active tenant.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatcher {
    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    private static final int BATCH = 200;

    @EJB
    MailOutbox outbox;

    @Inject
    SmtpMailer mailer;

    @Inject
    TenantRegistry registry;

    /**
     * The first attempt at what a transaction just queued, on an EJB thread, so the user's request returns without
     * waiting for SMTP: every row of the tenant due now, in batches (rows are claimed one by one, so a parallel
     * pass or the retry timer never sends one twice).
     */
    @Asynchronous
    public void sendPending(String tenant) {
        TenantContext.run(tenant, () -> {
            OffsetDateTime now = OffsetDateTime.now();
            List<Long> due;
            do {
                // every row handled here leaves "due now" (sent, failed with a later attempt, or taken by another
                // pass), so the loop ends when a batch comes back short
                due = outbox.due(now, BATCH);
                for (long id : due) {
                    deliver(id, now);
                }
            } while (due.size() == BATCH);
        });
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    void retryTimer() {
        retryDue(OffsetDateTime.now());
    }

    /**
     * Attempts every row due at {@code asOf} in every active tenant (a later {@code asOf} lets a test skip the
     * back-off). Returns how many mails were handed to the SMTP server.
     */
    public int retryDue(OffsetDateTime asOf) {
        int sent = 0;
        for (var tenant : registry.list()) {
            if (tenant.status() != TenantStatus.ACTIVE) {
                continue;
            }
            try {
                sent += TenantContext.call(tenant.code(), () -> {
                    int n = 0;
                    List<Long> due = outbox.due(asOf, BATCH);
                    for (long id : due) {
                        n += deliver(id, asOf) ? 1 : 0;
                    }
                    return n;
                });
            } catch (RuntimeException e) {
                LOG.warning(() -> "Mail retry in tenant " + tenant.code() + " failed: " + e);
            }
        }
        return sent;
    }

    /** One attempt at one row of the current tenant; false when not sent (not due, taken, or failed). */
    boolean deliver(long id, OffsetDateTime asOf) {
        if (!outbox.claim(id, asOf)) {
            return false;
        }
        OutgoingMail mail = outbox.find(id);
        try {
            mailer.send(mail.getToAddress(), mail.getSubject(), mail.getBody());
            outbox.recordSent(id);
            return true;
        } catch (MessagingException | RuntimeException e) {
            OutgoingMail after = outbox.recordFailure(id, describe(e));
            LOG.warning(() -> "Mail " + id + " to " + mail.getToAddress() + " not sent (attempt " + after.getAttempts()
                    + " of " + after.getMaxAttempts() + (after.getStatus() == OutgoingMail.Status.FAILED ? ", given up" :
                    ", next at " + after.getNextAttemptAt()) + "): " + describe(e));
            return false;
        }
    }

    private static String describe(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 900; t = t.getCause()) {
            if (b.length() > 0) {
                b.append(" ← ");
            }
            b.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return b.toString();
    }
}
