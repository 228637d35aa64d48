package id.ekinerja.domain.model.skp;

import jakarta.ejb.ApplicationException;

/** The SKP is submitted or approved: its content cannot change (an approved one is revised instead). */
@ApplicationException(rollback = true)
public class SkpNotEditableException extends SkpException {
    public SkpNotEditableException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
