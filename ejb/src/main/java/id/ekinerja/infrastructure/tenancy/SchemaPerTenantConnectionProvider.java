package id.ekinerja.infrastructure.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * One shared datasource for every tenant; each connection handed to Hibernate is pointed at the tenant's
 * schema on every acquire, because pooled connections remember the last {@code search_path}. Nothing is
 * done on release: under JTA the connection is still in use by the transaction.
 */
public class SchemaPerTenantConnectionProvider implements MultiTenantConnectionProvider<String> {
    public static final String DATASOURCE = "java:jboss/datasources/EkinerjaDS";
    /** Where "any" connections point: a schema that holds nothing, so a stray query finds no tenant's tables. */
    static final String NO_TENANT_SCHEMA = "no_tenant";

    private volatile DataSource dataSource;

    private DataSource dataSource() {
        DataSource ds = dataSource;
        if (ds == null) {
            try {
                ds = (DataSource) new InitialContext().lookup(DATASOURCE);
            } catch (NamingException e) {
                throw new IllegalStateException("Datasource " + DATASOURCE + " not found", e);
            }
            dataSource = ds;
        }
        return ds;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        return pointedAt(NO_TENANT_SCHEMA);
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenant) throws SQLException {
        return pointedAt(TenantCode.schemaOf(tenant));
    }

    @Override
    public void releaseConnection(String tenant, Connection connection) throws SQLException {
        connection.close();
    }

    /**
     * A pooled connection with its {@code search_path} set to the schema. Through {@code set_config}, not
     * {@code Connection.setSchema}: the driver sees a {@code SET search_path} with another text than the last one
     * as a reason to re-parse every statement it prepared on that connection, which, with a pool serving many
     * tenants, meant every statement of nearly every request (measured: PostgreSQL CPU per SKP page 1.2 ms with one
     * agency, 3.5 ms alternating two). PostgreSQL itself re-plans a statement run under another path, so nothing
     * stale can run; and as each tenant's statements carry their own text ({@link TenantTaggedStatements}),
     * each stays prepared for its tenant.
     */
    private Connection pointedAt(String schema) throws SQLException {
        Connection connection = dataSource().getConnection();
        try (PreparedStatement set = connection.prepareStatement("select set_config('search_path', ?, false)")) {
            set.setString(1, '"' + schema + '"');
            set.executeQuery().close();
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> unwrapType) {
        return unwrapType.isInstance(this);
    }

    @Override
    public <T> T unwrap(Class<T> unwrapType) {
        if (isUnwrappableAs(unwrapType)) {
            return unwrapType.cast(this);
        }
        throw new IllegalArgumentException("Cannot unwrap to " + unwrapType);
    }
}
