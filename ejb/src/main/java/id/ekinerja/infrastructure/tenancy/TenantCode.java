package id.ekinerja.infrastructure.tenancy;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of a tenant code, the only tenant-derived text that ever reaches SQL or {@code search_path}.
 * A code is checked here before it is used in a schema name, and the schema name is derived, never stored
 * from user input.
 */
public final class TenantCode {
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");
    private static final Set<String> RESERVED = Set.of("platform", "api", "public", "admin", "t", "pg_catalog",
            "information_schema");
    private static final String SCHEMA_PREFIX = "tenant_";

    private TenantCode() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && FORMAT.matcher(code).matches() && !RESERVED.contains(code);
    }

    /** @throws IllegalArgumentException when the code could not be a tenant code */
    public static String require(String code) {
        if (!isWellFormed(code)) {
            throw new IllegalArgumentException("Not a tenant code: " + code);
        }
        return code;
    }

    /** The PostgreSQL schema of a tenant: {@code kpu-dki} → {@code tenant_kpu_dki} (safe to use unquoted). */
    public static String schemaOf(String code) {
        return SCHEMA_PREFIX + require(code).replace('-', '_');
    }
}
