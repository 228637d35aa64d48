package id.ekinerja.application.security;

import jakarta.ejb.ApplicationException;

/** The actor may not do this; {@code messageKey} names the bundle message shown to them. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {
    private final String messageKey;

    public AccessDeniedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
