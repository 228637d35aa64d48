package id.ekinerja.infrastructure.tenancy;

import java.sql.Connection;
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

    private Connection pointedAt(String schema) throws SQLException {
        Connection connection = dataSource().getConnection();
        try {
            connection.setSchema(schema);
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
