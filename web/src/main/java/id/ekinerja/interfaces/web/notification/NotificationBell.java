package id.ekinerja.interfaces.web.notification;

import id.ekinerja.application.notification.NotificationService;
import id.ekinerja.interfaces.web.tenancy.TenantUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The bell in the tenant template: the unread count, read once per request (one indexed count query). */
@Named
@RequestScoped
public class NotificationBell {
    @EJB
    NotificationService notifications;

    @Inject
    TenantUser user;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount(user.getActor());
        }
        return unread;
    }

    /** Forgets the count, after the page changed it. */
    void refresh() {
        unread = null;
    }
}
