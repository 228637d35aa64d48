package id.ekinerja.application.notification;

import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.application.security.Actor;
import id.ekinerja.domain.model.notification.Notification;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A person's in-app inbox. Everyone sees and marks only their own notifications: the recipient is the actor's NIP,
 * and ids are looked up in the current tenant's schema, so another person's or another tenant's id is refused
 * with the same message.
 */
@Stateless
public class NotificationService {
    static final int MAX_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    /** The bell on every tenant page: one indexed count (recipient, read_at). */
    public long unreadCount(Actor actor) {
        return em.createQuery("select count(n) from Notification n where n.recipientNip = :nip and n.readAt is null",
                Long.class).setParameter("nip", actor.username()).getSingleResult();
    }

    public long count(Actor actor) {
        return em.createQuery("select count(n) from Notification n where n.recipientNip = :nip", Long.class)
                .setParameter("nip", actor.username()).getSingleResult();
    }

    /** The actor's notifications, newest first, {@code size} (at most {@value #MAX_PAGE}) from {@code first}. */
    public List<NotificationLine> page(Actor actor, int first, int size) {
        return em.createQuery("select n from Notification n where n.recipientNip = :nip order by n.createdAt desc, n.id desc",
                        Notification.class).setParameter("nip", actor.username())
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, MAX_PAGE)))
                .getResultStream().map(n -> new NotificationLine(n.getId(), n.getKind(), n.getSubject(), n.getBody(),
                        n.getLink(), n.getCreatedAt(), n.isRead())).toList();
    }

    /** @throws AccessDeniedException {@code ntf.access.denied} unless the notification is the actor's own */
    public void markRead(Actor actor, long id) {
        own(actor, id).markRead();
    }

    /** Marks it read and returns where it points (a path inside the tenant), or null when it has no link. */
    public String open(Actor actor, long id) {
        Notification n = own(actor, id);
        n.markRead();
        return n.getLink();
    }

    /** Marks all the actor's unread notifications read; returns how many. */
    public int markAllRead(Actor actor) {
        return em.createQuery("update Notification n set n.readAt = :now where n.recipientNip = :nip and n.readAt is null")
                .setParameter("now", OffsetDateTime.now()).setParameter("nip", actor.username()).executeUpdate();
    }

    private Notification own(Actor actor, long id) {
        Notification n = em.find(Notification.class, id);
        if (n == null || !n.isFor(actor.username())) {
            throw new AccessDeniedException("ntf.access.denied");
        }
        return n;
    }
}
