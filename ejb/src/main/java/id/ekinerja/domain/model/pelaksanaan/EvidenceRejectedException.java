package id.ekinerja.domain.model.pelaksanaan;

import id.ekinerja.domain.model.skp.SkpException;
import jakarta.ejb.ApplicationException;

/**
 * A bukti dukung (file or link) or a pelaksanaan note was refused; the message key says why (empty, too large,
 * not an accepted type, an executable, a path in the name, a link that is not http/https...). Rolls back:
 * nothing of a refused upload is stored.
 */
@ApplicationException(rollback = true)
public class EvidenceRejectedException extends SkpException {
    public EvidenceRejectedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
