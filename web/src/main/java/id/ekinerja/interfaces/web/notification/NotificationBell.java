package id.ekinerja.interfaces.web.notification;

import id.ekinerja.application.notification.NotificationService;
import id.ekinerja.interfaces.web.tenancy.TenantUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The bell in the tenant template: the unread count, read with the rest of the page header
 * ({@link TenantUser#getUnreadNotifications}) and again only after this request changed it.
 */
@Named
@RequestScoped
public class NotificationBell {
    @EJB
    NotificationService notifications;

    @Inject
    TenantUser user;

    private Long unread;
    private boolean changed;

    public long getUnread() {
        if (unread == null) {
            unread = changed ? notifications.unreadCount(user.getActor()) : user.getUnreadNotifications();
        }
        return unread;
    }

    /** Forgets the count, after the page changed it: the next read asks again. */
    void refresh() {
        unread = null;
        changed = true;
    }
}
