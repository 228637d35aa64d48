package id.ekinerja.application.organisation;

import jakarta.ejb.ApplicationException;

/** A refused change to the organisation: the bundle key to show and, if known, the form field it concerns. */
@ApplicationException(rollback = true)
public class OrganisationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public OrganisationException(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args == null ? new Object[0] : args;
    }
}
