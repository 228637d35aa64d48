package id.ekinerja.infrastructure.tenancy;

import id.ekinerja.domain.model.tenant.Tenant;
import id.ekinerja.domain.model.tenant.TenantStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The registry of tenants in the platform schema. Plain JDBC with schema-qualified names: platform work never
 * goes through the tenant-aware persistence unit, and never depends on a connection's search_path.
 */
@ApplicationScoped
public class TenantRegistry {
    private static final String COLUMNS = "code, name, schema_name, status, schema_version, created_at";

    @Resource(lookup = SchemaPerTenantConnectionProvider.DATASOURCE)
    private DataSource dataSource;

    public Optional<Tenant> find(String code) {
        if (!TenantCode.isWellFormed(code)) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM platform.tenant WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Tenant registry lookup failed", e);
        }
    }

    public List<Tenant> list() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM platform.tenant ORDER BY code");
             ResultSet rs = ps.executeQuery()) {
            List<Tenant> tenants = new ArrayList<>();
            while (rs.next()) {
                tenants.add(map(rs));
            }
            return tenants;
        } catch (SQLException e) {
            throw new IllegalStateException("Tenant registry listing failed", e);
        }
    }

    public void insert(String code, String name, String schemaVersion) {
        update("INSERT INTO platform.tenant (code, name, schema_name, status, schema_version) VALUES (?, ?, ?, 'ACTIVE', ?)",
                code, name, TenantCode.schemaOf(code), schemaVersion);
    }

    public void setStatus(String code, TenantStatus status) {
        update("UPDATE platform.tenant SET status = ?, updated_at = now() WHERE code = ?", status.name(), code);
    }

    public void setSchemaVersion(String code, String version) {
        update("UPDATE platform.tenant SET schema_version = ?, updated_at = now() WHERE code = ?", version, code);
    }

    private void update(String sql, String... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Tenant registry update failed: " + e.getMessage(), e);
        }
    }

    private static Tenant map(ResultSet rs) throws SQLException {
        return new Tenant(rs.getString("code"), rs.getString("name"), rs.getString("schema_name"),
                TenantStatus.valueOf(rs.getString("status")), rs.getString("schema_version"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
