package id.ekinerja.application.notification;

import id.ekinerja.domain.model.notification.OutgoingMail;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The current tenant's e-mail outbox, one short transaction per call (the caller, {@link MailDispatcher}, holds
 * none while it talks to SMTP). A row is claimed with one conditional UPDATE, so when several nodes (or the
 * after-commit send and the retry timer) reach for the same row only one sends it.
 */
@Stateless
public class MailOutbox {
    /** A row claimed longer ago than this belongs to a sender that died: it may be claimed again. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(15);

    @PersistenceContext
    EntityManager em;

    /** Ids of rows due for an attempt at {@code asOf}, oldest first. */
    public List<Long> due(OffsetDateTime asOf, int limit) {
        return em.createQuery("select m.id from OutgoingMail m where (m.status = :pending and m.nextAttemptAt <= :asOf)"
                        + " or (m.status = :sending and m.claimedAt < :stale) order by m.id", Long.class)
                .setParameter("pending", OutgoingMail.Status.PENDING).setParameter("sending", OutgoingMail.Status.SENDING)
                .setParameter("asOf", asOf).setParameter("stale", asOf.minus(STALE_CLAIM))
                .setMaxResults(limit).getResultList();
    }

    /** Takes the row for one attempt if it is due at {@code asOf}; false when it is not due or someone took it. */
    public boolean claim(long id, OffsetDateTime asOf) {
        return em.createQuery("update OutgoingMail m set m.status = :sending, m.claimedAt = :now where m.id = :id and"
                        + " ((m.status = :pending and m.nextAttemptAt <= :asOf) or (m.status = :sending and m.claimedAt < :stale))")
                .setParameter("sending", OutgoingMail.Status.SENDING).setParameter("pending", OutgoingMail.Status.PENDING)
                .setParameter("now", OffsetDateTime.now()).setParameter("id", id).setParameter("asOf", asOf)
                .setParameter("stale", asOf.minus(STALE_CLAIM)).executeUpdate() == 1;
    }

    public OutgoingMail find(long id) {
        return em.find(OutgoingMail.class, id);
    }

    public void recordSent(long id) {
        em.find(OutgoingMail.class, id).sent(OffsetDateTime.now());
    }

    public OutgoingMail recordFailure(long id, String error) {
        OutgoingMail m = em.find(OutgoingMail.class, id);
        m.failed(OffsetDateTime.now(), error);
        return m;
    }
}
