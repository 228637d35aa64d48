package id.ekinerja.tenantconfig;

/**
 * A tenant file that cannot be loaded: names the file, the field as a JSON path (e.g.
 * {@code organisation.people[3].nip}; {@code $} for the document as a whole) and the reason, in Bahasa
 * Indonesia. The message is {@code "<file>: <field>: <reason>"} so a log line or a build failure is
 * enough to fix the file without a stack trace.
 */
public class InvalidTenantFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String field;
    private final String reason;

    public InvalidTenantFileException(String file, String field, String reason) {
        this(file, field, reason, null);
    }

    public InvalidTenantFileException(String file, String field, String reason, Throwable cause) {
        super(file + ": " + field + ": " + reason, cause);
        this.file = file;
        this.field = field;
        this.reason = reason;
    }

    /** The file name as given to the loader, e.g. {@code tenants/demo/kpu-dki.json}. */
    public String file() {
        return file;
    }

    /** JSON path of the offending value, e.g. {@code settings.tunjanganSharePercent.BAIK}. */
    public String field() {
        return field;
    }

    /** Why it is wrong, in Bahasa Indonesia. */
    public String reason() {
        return reason;
    }
}
