package id.ekinerja.application.notification;

import id.ekinerja.domain.model.notification.Notification;
import id.ekinerja.domain.model.notification.OutgoingMail;
import id.ekinerja.infrastructure.mail.PublicUrl;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.logging.Logger;

/**
 * Behind {@link NotificationRequested}: stores the notification in the recipient's inbox and, when the pegawai has
 * an e-mail address, an outbox row with the mail — both in the transaction of the action that fired the event, so
 * a rolled-back action tells nobody. Only after the commit is the mail handed to {@link MailDispatcher}, on another
 * thread: SMTP never fails or slows the action.
 */
/*
 * A session bean, not a CDI bean: a CDI bean with @PersistenceContext makes Weld resolve the persistence unit
 * while the deployment starts, which raced WildFly's installation of the unit ("service jboss.persistenceunit
 * ... not found" on some redeploys). EJBs get their EntityManager from their own component injection instead.
 */
@Stateless
public class NotificationRecorder {
    private static final Logger LOG = Logger.getLogger(NotificationRecorder.class.getName());
    /** Attempts per mail before it is given up (FAILED); {@code -Dekinerja.mail.max-attempts} overrides it. */
    static final int MAX_ATTEMPTS = Integer.getInteger("ekinerja.mail.max-attempts", 6);

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<MailQueued> queued;

    @EJB
    MailDispatcher dispatcher;

    @Resource
    TransactionSynchronizationRegistry transaction;

    public void record(@Observes NotificationRequested request) {
        Notification n = new Notification(request.recipientNip(), request.kind(), request.subject(), request.body(),
                request.link());
        em.persist(n);
        // A list, not findFirst(): the e-mail column is nullable, and a stream's findFirst() throws on a null element.
        // FlushModeType.COMMIT: under strict JPA compliance an AUTO query flushes (and dirty-checks) everything the
        // transaction holds, once per notification; reading an e-mail address needs none of it.
        List<String> emails = em.createQuery("select p.email from Pegawai p where p.nip = :nip", String.class)
                .setParameter("nip", n.getRecipientNip()).setFlushMode(FlushModeType.COMMIT).getResultList();
        String email = emails.isEmpty() ? null : emails.get(0);
        if (email == null || email.isBlank()) {
            LOG.info(() -> "Notification " + request.kind() + " for " + n.getRecipientNip()
                    + " kept in the inbox only: no e-mail address on record");
            return;
        }
        String tenant = TenantContext.require();
        em.persist(new OutgoingMail(n, email, n.getSubject(), mailBody(tenant, n), MAX_ATTEMPTS));
        // One send pass per transaction and tenant (no flush per mail: with thousands of notifications in one
        // transaction, each flush would dirty-check everything persisted so far).
        String key = "ekinerja.mailQueued." + tenant;
        if (transaction.getResource(key) == null) {
            transaction.putResource(key, Boolean.TRUE);
            queued.fire(new MailQueued(tenant));
        }
    }

    public void sendAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued mail) {
        try {
            dispatcher.sendPending(mail.tenant());
        } catch (RuntimeException e) {
            // the rows stay PENDING: the retry timer sends them
            LOG.warning(() -> "Could not hand the mails of " + mail.tenant() + " to the sender: " + e);
        }
    }

    /** Plain text in Bahasa Indonesia: the message, the absolute link, and where it came from. */
    static String mailBody(String tenant, Notification n) {
        StringBuilder b = new StringBuilder();
        b.append(n.getBody() == null || n.getBody().isBlank() ? n.getSubject() : n.getBody()).append("\n\n");
        b.append("Buka: ").append(PublicUrl.of(tenant, n.getLink())).append("\n\n");
        b.append("--\nPesan ini dikirim otomatis oleh e-Kinerja. Mohon tidak membalas e-mail ini.\n");
        return b.toString();
    }
}
