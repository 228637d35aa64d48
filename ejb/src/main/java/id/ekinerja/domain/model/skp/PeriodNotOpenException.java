package id.ekinerja.domain.model.skp;

import jakarta.ejb.ApplicationException;

/** No SKP can be drafted for a year whose annual period is not open. */
@ApplicationException(rollback = true)
public class PeriodNotOpenException extends SkpException {
    public PeriodNotOpenException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
