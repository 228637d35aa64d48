package id.ekinerja.infrastructure.audit;

import id.ekinerja.domain.model.tenant.TenantLifecycleEvent;
import id.ekinerja.infrastructure.tenancy.SchemaPerTenantConnectionProvider;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes every tenant lifecycle event into {@code platform.platform_audit}, inside the transaction that
 * fired it, so an audit row exists exactly when the change it records does.
 */
@ApplicationScoped
public class PlatformAudit {

    public record Entry(long id, OffsetDateTime occurredAt, String actor, String action, String tenantCode,
                        String detail) implements java.io.Serializable {
    }

    @Resource(lookup = SchemaPerTenantConnectionProvider.DATASOURCE)
    private DataSource dataSource;

    public void record(@Observes TenantLifecycleEvent event) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO platform.platform_audit (actor, action, tenant_code, detail) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, event.actor());
            ps.setString(2, event.action().name());
            ps.setString(3, event.tenantCode());
            ps.setString(4, event.detail());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Platform audit write failed", e);
        }
    }

    public List<Entry> latest(int max) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, occurred_at, actor, action, tenant_code, detail"
                     + " FROM platform.platform_audit ORDER BY id DESC LIMIT ?")) {
            ps.setInt(1, max);
            try (ResultSet rs = ps.executeQuery()) {
                List<Entry> entries = new ArrayList<>();
                while (rs.next()) {
                    entries.add(new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                }
                return entries;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Platform audit read failed", e);
        }
    }
}
