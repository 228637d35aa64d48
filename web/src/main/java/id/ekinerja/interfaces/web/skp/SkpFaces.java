package id.ekinerja.interfaces.web.skp;

import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.domain.model.skp.SkpException;
import id.ekinerja.interfaces.web.FacesMessages;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import java.util.function.Supplier;

/** Runs a service call and turns a refusal into a page message (never a stack trace); shared by the SKP and pelaksanaan pages. */
public final class SkpFaces {
    private SkpFaces() {
    }

    /** The call's result, or {@code null} after adding the refusal's message to the page. */
    public static <T> T attempt(Supplier<T> call) {
        try {
            return call.get();
        } catch (SkpException e) {
            FacesMessages.error(e.messageKey(), e.args());
        } catch (AccessDeniedException e) {
            FacesMessages.error(e.messageKey());
        } catch (EJBException e) {
            if (!causedBy(e, OptimisticLockException.class)) {
                throw e;
            }
            FacesMessages.error("skp.error.conflictConcurrent");
        }
        return null;
    }

    public static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
