package id.ekinerja.tenantconfig;

/**
 * A NIP or NI PPPK that cannot be valid. {@link #getMessage()} is a sentence in Bahasa Indonesia fit for a
 * user; {@link #reasonKey()} is a stable message key (e.g. {@code nip.length}) for a UI that translates.
 *
 * <p>Keys: {@code nip.required}, {@code nip.notDigits}, {@code nip.length}, {@code nip.birthDate.invalid},
 * {@code nip.birthDate.future}, {@code nip.tmt.month}, {@code nip.appointment.beforeAdult},
 * {@code nip.appointment.future}, {@code nip.appointment.beforePppk}, {@code nip.gender}, {@code nip.sequence}.
 */
public class InvalidNipException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String reasonKey;
    private final String input;

    public InvalidNipException(String reasonKey, String input, String message) {
        super(message);
        this.reasonKey = reasonKey;
        this.input = input;
    }

    /** Stable message key, e.g. {@code nip.gender}. */
    public String reasonKey() {
        return reasonKey;
    }

    /** The text that was parsed, as given (may be {@code null}). */
    public String input() {
        return input;
    }
}
