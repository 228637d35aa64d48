package id.ekinerja.infrastructure.tenancy;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Ends every statement Hibernate sends with a comment naming the tenant, so that each tenant's statements are
 * distinct texts and the driver keeps a prepared statement per tenant on each pooled connection.
 * <p>
 * Why: PostgreSQL re-analyses and re-plans a prepared statement whenever it runs under another {@code search_path}
 * than it was planned with, and a pooled connection serves a different tenant almost every time. A statement that
 * only ever runs under its own tenant's schema keeps its plan (the path is set without the driver dropping its
 * prepared statements, see {@link SchemaPerTenantConnectionProvider}). Correctness never rests on the comment: the
 * schema is still set on every acquire; a missing or wrong comment would only cost a re-plan. The tenant code's
 * rules (lowercase letters, digits, hyphens) keep it a plain comment.
 */
public class TenantTaggedStatements implements StatementInspector {

    @Override
    public String inspect(String sql) {
        return TenantContext.current().map(tenant -> sql + " /* " + tenant + " */").orElse(sql);
    }
}
