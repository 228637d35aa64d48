package id.ekinerja.infrastructure.backup;

import jakarta.ejb.ApplicationException;

/**
 * A tenant archive that cannot be restored (not a backup, signature or checksum wrong, another schema
 * version, a non-empty target …). The message key names the reason for the operator; {@code detail} says
 * which file, table or tenant. Nothing has been written when it is thrown.
 */
@ApplicationException(rollback = true)
public class ArchiveRejectedException extends RuntimeException {
    private final String messageKey;
    private final String detail;

    public ArchiveRejectedException(String messageKey, String detail) {
        super(messageKey + (detail == null ? "" : ": " + detail));
        this.messageKey = messageKey;
        this.detail = detail;
    }

    public String messageKey() {
        return messageKey;
    }

    public String detail() {
        return detail;
    }
}
