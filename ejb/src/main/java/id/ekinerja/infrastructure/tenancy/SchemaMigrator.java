package id.ekinerja.infrastructure.tenancy;

import id.ekinerja.db.Changelogs;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.logging.Logger;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Applies the platform or the tenant changelog to one schema, on its own connection, with the lock and
 * changelog tables inside that schema. Schema names come from {@link TenantCode#schemaOf} or the fixed
 * platform name, never from raw input.
 */
public final class SchemaMigrator {
    public static final String PLATFORM_SCHEMA = "platform";
    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    static {
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
    }

    private SchemaMigrator() {
    }

    public static void migratePlatform() {
        migrate(PLATFORM_SCHEMA, Changelogs.PLATFORM);
    }

    public static void migrateTenant(String code) {
        migrate(TenantCode.schemaOf(code), Changelogs.TENANT);
    }

    /** Removes a tenant schema; only used to undo a tenant creation that failed part-way. */
    public static void dropTenantSchema(String code) {
        try (Connection c = DatabaseSettings.openDedicatedConnection(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + TenantCode.schemaOf(code) + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the schema of tenant " + code, e);
        }
    }

    public static boolean schemaExists(String code) {
        try (Connection c = DatabaseSettings.openDedicatedConnection();
             var ps = c.prepareStatement("SELECT 1 FROM information_schema.schemata WHERE schema_name = ?")) {
            ps.setString(1, TenantCode.schemaOf(code));
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up the schema of tenant " + code, e);
        }
    }

    private static void migrate(String schema, String changelog) {
        long start = System.nanoTime();
        ClassLoader loader = SchemaMigrator.class.getClassLoader();
        try (Connection c = DatabaseSettings.openDedicatedConnection()) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            }
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(c));
            database.setDefaultSchemaName(schema);
            database.setLiquibaseSchemaName(schema);
            // the UI service logs instead of printing summaries to the server's stdout
            Scope.child(Map.of(Scope.Attr.classLoader.name(), loader, Scope.Attr.ui.name(), new LoggerUIService()), () -> {
                try (Liquibase liquibase = new Liquibase(changelog, new ClassLoaderResourceAccessor(loader), database)) {
                    liquibase.update(new Contexts(), new LabelExpression());
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("Migration of schema " + schema + " failed: " + e.getMessage(), e);
        }
        LOG.fine(() -> "Migrated " + schema + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
}
