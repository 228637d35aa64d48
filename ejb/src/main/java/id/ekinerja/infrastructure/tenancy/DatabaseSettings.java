package id.ekinerja.infrastructure.tenancy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Opens dedicated, non-pooled connections for schema migrations. Liquibase changes {@code search_path}
 * and closes what it is given, so it must never see a pooled connection. The URL and credentials are the
 * same system properties the server's datasource is configured from.
 */
public final class DatabaseSettings {
    private DatabaseSettings() {
    }

    public static Connection openDedicatedConnection() throws SQLException {
        try {
            // the driver is a WildFly module made visible by jboss-deployment-structure.xml
            Class.forName("org.postgresql.Driver");
        } catch (ClassNotFoundException e) {
            throw new SQLException("PostgreSQL driver not visible to the application", e);
        }
        return DriverManager.getConnection(
                System.getProperty("ekinerja.db.url", "jdbc:postgresql://127.0.0.1:25432/ekinerja"),
                System.getProperty("ekinerja.db.user", "ekinerja"),
                System.getProperty("ekinerja.db.password", "ekinerja"));
    }
}
