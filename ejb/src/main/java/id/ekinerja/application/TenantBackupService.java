package id.ekinerja.application;

import id.ekinerja.db.Changelogs;
import id.ekinerja.domain.model.tenant.Tenant;
import id.ekinerja.domain.model.tenant.TenantNotFoundException;
import id.ekinerja.infrastructure.backup.ArchiveRejectedException;
import id.ekinerja.infrastructure.backup.BackupKey;
import id.ekinerja.infrastructure.backup.TenantArchive;
import id.ekinerja.infrastructure.backup.TenantArchive.Manifest;
import id.ekinerja.infrastructure.keycloak.KeycloakAdmin;
import id.ekinerja.infrastructure.keycloak.KeycloakException;
import id.ekinerja.infrastructure.tenancy.DatabaseSettings;
import id.ekinerja.infrastructure.tenancy.SchemaMigrator;
import id.ekinerja.infrastructure.tenancy.TenantCode;
import id.ekinerja.infrastructure.tenancy.TenantRegistry;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The operator's backup and restore of one tenant (its schema, evidence bytes included, since they live in
 * it). Backup writes a signed {@link TenantArchive}; restore verifies the whole archive, then loads it into a
 * new tenant (schema created and migrated like a tenant the console creates, Keycloak organization, registry
 * row last) or into an existing one that is empty (or that the operator explicitly asked to empty).
 * Memberships are given to the archive's active pegawai; accounts missing in Keycloak are created without a
 * password, as the pegawai import does. Like {@link PlatformService#createTenant}, it spans systems without
 * a shared transaction, so a failed restore into a new tenant undoes its schema and organization.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenantBackupService {
    private static final Logger LOG = Logger.getLogger(TenantBackupService.class.getName());
    private static final int ACCOUNT_BATCH = 50;

    @Inject
    TenantRegistry registry;

    @Inject
    KeycloakAdmin keycloak;

    @EJB
    PlatformService platform;

    @EJB
    TenantRegistrations registrations;

    /** Writes the tenant's archive to {@code out}; the platform audit records who took it. */
    public Manifest backup(String code, OutputStream out, String actor) {
        Tenant tenant = registry.find(code).orElseThrow(() -> new TenantNotFoundException(code));
        if (!Changelogs.tenantVersion().equals(tenant.schemaVersion())) {
            throw new ArchiveRejectedException("backup.source.version", code);
        }
        try (Connection c = DatabaseSettings.openDedicatedConnection()) {
            Manifest manifest = TenantArchive.export(c, TenantCode.schemaOf(code), code, tenant.name(),
                    tenant.schemaVersion(), BackupKey.key(), out);
            registrations.backedUp(code, actor, manifest.tables().stream().mapToLong(t -> t.rows()).sum()
                    + " rows, " + manifest.evidence().size() + " evidence files");
            return manifest;
        } catch (SQLException e) {
            throw new IllegalStateException("Backup of tenant " + code + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Backup of tenant " + code + " could not be written", e);
        }
    }

    /**
     * Restores an archive into {@code target}.
     *
     * @param name    the agency name of a new tenant; blank: the archive's (with the code appended when the
     *                code differs, since Keycloak organization names are unique)
     * @param replace empty an existing tenant that has data first; without it such a target is refused
     */
    public RestoredTenant restore(Path archive, String target, String name, boolean replace, String actor) {
        Manifest manifest = TenantArchive.verify(archive, BackupKey.key());
        if (!Changelogs.tenantVersion().equals(manifest.schemaVersion())) {
            throw new ArchiveRejectedException("backup.archive.version",
                    shortVersion(manifest.schemaVersion()) + " ≠ " + shortVersion(Changelogs.tenantVersion()));
        }
        String code = target == null ? "" : target.strip();
        if (!TenantCode.isWellFormed(code)) {
            throw new ArchiveRejectedException("backup.target.invalid", code);
        }
        try (Connection lock = DatabaseSettings.openDedicatedConnection()) {
            if (!PlatformService.tryLock(lock, code)) {
                throw new ArchiveRejectedException("backup.target.busy", code);
            }
            Tenant existing = registry.find(code).orElse(null);
            return existing == null ? restoreIntoNew(archive, manifest, code, name, actor)
                    : restoreIntoExisting(archive, manifest, existing, replace, actor);
        } catch (SQLException e) {
            throw new IllegalStateException("Restore into " + code + " failed: " + e.getMessage(), e);
        }
    }

    private RestoredTenant restoreIntoNew(Path archive, Manifest manifest, String code, String requestedName,
                                          String actor) {
        String name = requestedName != null && !requestedName.isBlank() ? requestedName.strip()
                : code.equals(manifest.tenantCode()) ? manifest.tenantName()
                : manifest.tenantName() + " (" + code + ")";
        if (name.length() > 200) {
            throw new ArchiveRejectedException("backup.target.name", name);
        }
        if (SchemaMigrator.schemaExists(code)) {
            throw new ArchiveRejectedException("backup.target.taken", code);
        }
        try {
            if (keycloak.findOrganizationId(code).isPresent()) {
                throw new ArchiveRejectedException("backup.target.taken", code);
            }
            if (keycloak.organizationNameTaken(name)) {
                throw new ArchiveRejectedException("backup.target.name", name);
            }
        } catch (KeycloakException e) {
            throw new ArchiveRejectedException("backup.keycloak.unavailable", e.getMessage());
        }
        String organizationId = null;
        try {
            SchemaMigrator.migrateTenant(code);
            Map<String, Long> rows = load(archive, manifest, code);
            organizationId = keycloak.createOrganization(code, name);
            int[] accounts = memberships(code, organizationId);
            registrations.restored(code, name, Changelogs.tenantVersion(), true, actor, detail(manifest));
            return new RestoredTenant(code, name, manifest.tenantCode(), rows, manifest.evidence().size(),
                    accounts[0], accounts[1]);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Restoring into new tenant " + code + " failed; undoing what was made", e);
            platform.undo(code, organizationId, null);
            throw e instanceof ArchiveRejectedException ? e
                    : new ArchiveRejectedException(e instanceof KeycloakException ? "backup.keycloak.unavailable"
                    : "backup.restore.failed", e.getMessage());
        }
    }

    private RestoredTenant restoreIntoExisting(Path archive, Manifest manifest, Tenant tenant, boolean replace,
                                               String actor) {
        if (!Changelogs.tenantVersion().equals(tenant.schemaVersion())) {
            throw new ArchiveRejectedException("backup.target.version", tenant.code());
        }
        try (Connection c = DatabaseSettings.openDedicatedConnection()) {
            if (!replace && TenantArchive.hasRows(c, tenant.schemaName())) {
                throw new ArchiveRejectedException("backup.target.notEmpty", tenant.code());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Long> rows = load(archive, manifest, tenant.code());
        try {
            String organizationId = keycloak.findOrganizationId(tenant.code())
                    .orElseGet(() -> keycloak.createOrganization(tenant.code(), tenant.name()));
            int[] accounts = memberships(tenant.code(), organizationId);
            registrations.restored(tenant.code(), tenant.name(), tenant.schemaVersion(), false, actor,
                    detail(manifest) + (replace ? ", replacing its data" : ""));
            return new RestoredTenant(tenant.code(), tenant.name(), manifest.tenantCode(), rows,
                    manifest.evidence().size(), accounts[0], accounts[1]);
        } catch (KeycloakException e) {
            // the data is in place; memberships can be given again by repeating the restore with replace
            throw new ArchiveRejectedException("backup.keycloak.unavailable", e.getMessage());
        }
    }

    private static Map<String, Long> load(Path archive, Manifest manifest, String code) {
        try (Connection c = DatabaseSettings.openDedicatedConnection()) {
            return TenantArchive.load(c, TenantCode.schemaOf(code), archive, manifest);
        } catch (ArchiveRejectedException e) {
            throw e;
        } catch (SQLException e) {
            throw new ArchiveRejectedException("backup.restore.failed", e.getMessage());
        } catch (IOException e) {
            throw new ArchiveRejectedException("backup.archive.unreadable", e.getMessage());
        }
    }

    /**
     * Every active pegawai of the restored tenant becomes a member of its organization; accounts missing in
     * Keycloak are created without a password (they set one through the e-mailed action or an admin's
     * "create initial password"). An e-mail another account already uses is left off the new account.
     *
     * @return {accounts created, memberships given}
     */
    private int[] memberships(String code, String organizationId) {
        List<KeycloakAdmin.NewUser> people = new ArrayList<>();
        try (Connection c = DatabaseSettings.openDedicatedConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT nip, name, email FROM " + TenantCode.schemaOf(code)
                     + ".pegawai WHERE active ORDER BY nip")) {
            while (rs.next()) {
                people.add(new KeycloakAdmin.NewUser(rs.getString(1).strip(), rs.getString(3), rs.getString(2)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Map<String, KeycloakAdmin.UserRef> accounts = keycloak.allUsers();
        Set<String> emails = new HashSet<>();
        accounts.values().forEach(u -> {
            if (u.email() != null) {
                emails.add(u.email().toLowerCase());
            }
        });
        List<KeycloakAdmin.NewUser> missing = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (KeycloakAdmin.NewUser p : people) {
            KeycloakAdmin.UserRef account = accounts.get(p.username());
            if (account != null) {
                ids.add(account.id());
            } else {
                boolean emailFree = p.email() != null && emails.add(p.email().toLowerCase());
                missing.add(new KeycloakAdmin.NewUser(p.username(), emailFree ? p.email() : null, p.fullName()));
            }
        }
        for (int i = 0; i < missing.size(); i += ACCOUNT_BATCH) {
            List<KeycloakAdmin.NewUser> batch = missing.subList(i, Math.min(missing.size(), i + ACCOUNT_BATCH));
            Map<String, String> created = keycloak.partialImportUsers(batch);
            batch.forEach(u -> {
                String id = created.get(u.username());
                if (id != null) {
                    ids.add(id);
                }
            });
        }
        keycloak.addMembers(organizationId, ids, 4, done -> { });
        return new int[] {missing.size(), ids.size()};
    }

    private static String detail(Manifest manifest) {
        return "from the backup of " + manifest.tenantCode() + " taken " + manifest.createdAt() + ": "
                + manifest.tables().stream().mapToLong(t -> t.rows()).sum() + " rows, "
                + manifest.evidence().size() + " evidence files";
    }

    private static String shortVersion(String v) {
        return v == null ? "?" : v.substring(0, Math.min(12, v.length()));
    }
}
