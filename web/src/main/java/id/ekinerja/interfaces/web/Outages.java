package id.ekinerja.interfaces.web;

import java.sql.SQLException;

/**
 * Tells a failure caused by the database being unreachable (restarted, failed over, network cut) from any
 * other failure, so that users get "the service is briefly unavailable, try again" (HTTP 503) instead of a
 * generic error: such a request changed nothing and can simply be repeated.
 */
public final class Outages {
    private Outages() {
    }

    /**
     * Whether any cause is a connection-level database failure: SQLState class 08 (connection exception),
     * 57P01–57P03 (the server is shutting down or starting), Hibernate's JDBCConnectionException, or the
     * JCA pool unable to hand out a connection (IJ000453, IJ031041).
     */
    public static boolean databaseUnavailable(Throwable thrown) {
        int depth = 0;
        for (Throwable t = thrown; t != null && depth < 30; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
            }
            String type = t.getClass().getName();
            if (type.endsWith("JDBCConnectionException") || type.endsWith("PSQLException") && isIo(t)) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && (message.contains("IJ000453") || message.contains("IJ031041")
                    || message.contains("IJ000655"))) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (databaseUnavailable(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isIo(Throwable t) {
        return t.getCause() instanceof java.io.IOException;
    }
}
