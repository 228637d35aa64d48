package id.ekinerja.domain.model.skp;

import jakarta.ejb.ApplicationException;

/** Someone else saved the SKP after this user loaded it: their change is kept, this one refused. */
@ApplicationException(rollback = true)
public class SkpConflictException extends SkpException {
    public SkpConflictException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
