package id.ekinerja.domain.model.skp;

import jakarta.ejb.ApplicationException;

/**
 * An action tied to a window was tried outside its open dates. The message says when it opens
 * ({@code window.notYetOpen}) or when it closed ({@code window.closed}); args: window label, date.
 */
@ApplicationException(rollback = true)
public class WindowClosedException extends SkpException {
    public WindowClosedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
