package id.ekinerja.domain.model.skp;

import jakarta.ejb.ApplicationException;

/**
 * A refused SKP operation. {@link #messageKey()} names the bundle text the user sees, {@link #args()} fills
 * it. Application exceptions roll the transaction back: nothing half-done is kept.
 */
@ApplicationException(rollback = true)
public class SkpException extends RuntimeException {
    private final String messageKey;
    private final Object[] args;

    public SkpException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
