package id.ekinerja.application.notification;

import id.ekinerja.domain.model.skp.WorkCalendar;
import id.ekinerja.domain.model.tenant.Tenant;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import id.ekinerja.infrastructure.tenancy.TenantRegistry;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * The daily "window about to close" run over all active tenants, each in its own tenant context and transaction
 * (one tenant per transaction; one tenant's failure does not stop the others). Not a persistent timer: every node
 * runs it, and the reminder rows of {@link WindowClosingNotices} make the second run a no-op.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WindowClosingJob {
    private static final Logger LOG = Logger.getLogger(WindowClosingJob.class.getName());
    /** Windows closing within this many days are announced; {@code -Dekinerja.notification.window-days} overrides. */
    public static final int DAYS = Integer.getInteger("ekinerja.notification.window-days", 3);

    @Inject
    TenantRegistry registry;

    @EJB
    WindowClosingNotices notices;

    @Schedule(hour = "7", minute = "0", timezone = "Asia/Jakarta", persistent = false)
    void daily() {
        run(WorkCalendar.today());
    }

    /** Runs the job as of {@code today} (tests call it directly); returns the notifications made. */
    public int run(LocalDate today) {
        int total = 0;
        for (Tenant tenant : registry.list()) {
            if (!tenant.isActive()) {
                continue;
            }
            try {
                int told = TenantContext.call(tenant.code(), () -> notices.notifyClosing(today, DAYS));
                if (told > 0) {
                    LOG.info(() -> "Window-closing reminders in " + tenant.code() + ": " + told);
                }
                total += told;
            } catch (RuntimeException e) {
                LOG.warning(() -> "Window-closing reminders in " + tenant.code() + " failed: " + e);
            }
        }
        return total;
    }
}
