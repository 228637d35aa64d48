package id.ekinerja.infrastructure.tenancy;

import id.ekinerja.domain.model.tenant.Tenant;
import id.ekinerja.domain.model.tenant.TenantStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
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

    /**
     * The registry rows admission saw, trusted for {@link TenantCopies#TRUST_NANOS}. Every page and API call is
     * admitted against the registry: reading it each time cost a connection hand-out (validated), a round trip and a
     * commit per request. A change made through this node (suspend, resume, new tenant) clears the entry at once;
     * another node sees it within that time.
     */
    private static final TenantCopies<Void, Tenant> ADMISSION = new TenantCopies<>();

    @Resource(lookup = SchemaPerTenantConnectionProvider.DATASOURCE)
    private DataSource dataSource;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /**
     * The tenant as the request admission sees it: read at most every few seconds per tenant ({@link #ADMISSION}). An
     * unknown code is never remembered, so a tenant made a moment ago on another node is found on its first request.
     * Anything that decides more than admission (creation, backup, status changes) reads {@link #find}.
     */
    public Optional<Tenant> admissionView(String code) {
        Optional<Tenant> seen = ADMISSION.get(code);
        if (seen.isPresent()) {
            return seen;
        }
        Optional<Tenant> tenant = find(code);
        tenant.ifPresent(t -> ADMISSION.put(code, t));
        return tenant;
    }

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
        forget(code);
        update("UPDATE platform.tenant SET status = ?, updated_at = now() WHERE code = ?", status.name(), code);
    }

    public void setSchemaVersion(String code, String version) {
        forget(code);
        update("UPDATE platform.tenant SET schema_version = ?, updated_at = now() WHERE code = ?", version, code);
    }

    /** Drops the admission's copy now and, inside a transaction, again after it ends (a read in between saw the old row). */
    private void forget(String code) {
        ADMISSION.forget(transactions, code);
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
