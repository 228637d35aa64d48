package id.ekinerja.domain.model.skp;

import jakarta.ejb.ApplicationException;

/** The requested change of state is not allowed from the SKP's current state. */
@ApplicationException(rollback = true)
public class IllegalSkpTransitionException extends SkpException {
    public IllegalSkpTransitionException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
