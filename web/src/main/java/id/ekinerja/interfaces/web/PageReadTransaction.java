package id.ekinerja.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PreRenderViewEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reads of the SKP editor page, opened by a GET, in one transaction: the page header (profile, settings, unread
 * count; read when the view is created, for its language) and the page's own data (read while its view is built).
 * Begun by the tenant filter, ended as soon as the view is built ({@link PreRenderViewEvent}, registered in
 * faces-config.xml), so rendering holds no connection, or when the request ends, whichever comes first.
 * <p>
 * Why: each transaction costs a connection hand-out (validated: one round trip), the tenant's search path (one more),
 * a commit (one more) and a persistence context; the editor is the year-end rush's busiest page and read in two
 * (the load benchmark: 0.4 ms of CPU per view, of about 6).
 * <p>
 * Why listed pages only: in a shared transaction, a service call refused with a rolling-back exception (e.g. access
 * denied) would make the page's later reads fail, and a page that writes on opening would lose the write with them.
 * The editor's reads are its header and one service call, and it writes nothing on a GET. A postback (save, submit)
 * keeps a transaction per action.
 */
public final class PageReadTransaction implements SystemEventListener {
    private static final Logger LOG = Logger.getLogger(PageReadTransaction.class.getName());
    /** Pages under a tenant's base (e.g. {@code /t/kpu-dki/}) whose GET reads in one transaction. */
    private static final Set<String> PAGES = Set.of("skp/my.xhtml");
    private static final String ATTRIBUTE = PageReadTransaction.class.getName();

    /** Runs the request for {@code page}, in one read transaction if it is a GET of a listed page. */
    public static void around(HttpServletRequest request, String page, UserTransaction transaction, Runnable work) {
        if (!"GET".equals(request.getMethod()) || !PAGES.contains(page)) {
            work.run();
            return;
        }
        try {
            transaction.begin();
        } catch (Exception e) {
            throw new IllegalStateException("cannot begin the page's read transaction", e);
        }
        request.setAttribute(ATTRIBUTE, transaction);
        try {
            work.run();
        } finally {
            end(request);
        }
    }

    /** Commits the request's read transaction if it is still open (rolls it back if a call marked it). */
    static void end(ServletRequest request) {
        if (!(request.getAttribute(ATTRIBUTE) instanceof UserTransaction transaction)) {
            return;
        }
        request.removeAttribute(ATTRIBUTE);
        try {
            int status = transaction.getStatus();
            if (status == Status.STATUS_ACTIVE) {
                transaction.commit();
            } else if (status != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            // only reads ran in it: what they read is on the page, and nothing is lost; the thread must not keep it
            LOG.log(Level.WARNING, "the page's read transaction did not end cleanly", e);
            try {
                if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    transaction.rollback();
                }
            } catch (IllegalStateException | SecurityException | SystemException again) {
                LOG.log(Level.WARNING, "the page's read transaction could not be rolled back", again);
            }
        }
    }

    @Override
    public void processEvent(SystemEvent event) {
        end((ServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return true;
    }
}
