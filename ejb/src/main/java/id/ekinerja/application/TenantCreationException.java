package id.ekinerja.application;

import jakarta.ejb.ApplicationException;

/**
 * A tenant could not be created; nothing was left behind. {@code field} names the form field at fault
 * ({@code null} when no field is), {@code messageKey} is the bundle key of the message shown to the operator.
 */
@ApplicationException
public class TenantCreationException extends RuntimeException {
    private final String field;
    private final String messageKey;

    public TenantCreationException(String field, String messageKey, String detail) {
        super(messageKey + (detail == null ? "" : ": " + detail));
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
