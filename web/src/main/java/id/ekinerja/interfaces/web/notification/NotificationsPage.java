package id.ekinerja.interfaces.web.notification;

import id.ekinerja.application.notification.NotificationLine;
import id.ekinerja.application.notification.NotificationService;
import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.interfaces.web.FacesMessages;
import id.ekinerja.interfaces.web.tenancy.TenantUser;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Backing bean of notifications.xhtml: the signed-in person's notifications, newest first, paged. */
@Named
@ViewScoped(saveInViewState = true)
public class NotificationsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    NotificationService notifications;

    @Inject
    TenantUser user;

    @Inject
    NotificationBell bell;

    private final LazyDataModel<NotificationLine> table = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) notifications.count(user.getActor());
        }

        @Override
        public List<NotificationLine> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
            return notifications.page(user.getActor(), first, pageSize);
        }

        @Override
        public String getRowKey(NotificationLine row) {
            return String.valueOf(row.id());
        }

        @Override
        public NotificationLine getRowData(String rowKey) {
            return null;
        }
    };

    public LazyDataModel<NotificationLine> getTable() {
        return table;
    }

    public void markRead(long id) {
        try {
            notifications.markRead(user.getActor(), id);
            bell.refresh();
        } catch (AccessDeniedException e) {
            FacesMessages.error(e.messageKey());
        }
    }

    public void markAllRead() {
        int n = notifications.markAllRead(user.getActor());
        bell.refresh();
        FacesMessages.info("ntf.markedAll", n);
    }

    /** Marks it read and goes where it points (inside this tenant), or stays when it points nowhere. */
    public void open(long id) throws IOException {
        try {
            String link = notifications.open(user.getActor(), id);
            bell.refresh();
            if (link != null) {
                FacesContext.getCurrentInstance().getExternalContext().redirect(user.getBase() + link);
            }
        } catch (AccessDeniedException e) {
            FacesMessages.error(e.messageKey());
        }
    }
}
