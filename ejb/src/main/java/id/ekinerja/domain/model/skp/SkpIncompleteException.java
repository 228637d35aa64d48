package id.ekinerja.domain.model.skp;

import jakarta.ejb.ApplicationException;

/** The content breaks a rule of the SKP (a missing IKI, target, aspek, intervensi...). */
@ApplicationException(rollback = true)
public class SkpIncompleteException extends SkpException {
    public SkpIncompleteException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
