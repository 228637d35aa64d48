package id.ekinerja.application;

import id.ekinerja.db.Changelogs;
import id.ekinerja.domain.model.tenant.Tenant;
import id.ekinerja.domain.model.tenant.TenantStatus;
import id.ekinerja.infrastructure.keycloak.KeycloakAdmin;
import id.ekinerja.infrastructure.keycloak.KeycloakException;
import id.ekinerja.infrastructure.tenancy.DatabaseSettings;
import id.ekinerja.infrastructure.tenancy.SchemaMigrator;
import id.ekinerja.infrastructure.tenancy.TenantCode;
import id.ekinerja.infrastructure.tenancy.TenantRegistry;
import id.ekinerja.tenantconfig.EmployeeType;
import id.ekinerja.tenantconfig.InvalidNipException;
import id.ekinerja.tenantconfig.Nip;
import id.ekinerja.tenantconfig.Organisation;
import id.ekinerja.tenantconfig.Person;
import id.ekinerja.tenantconfig.TenantDefaults;
import id.ekinerja.tenantconfig.TenantDefinition;
import id.ekinerja.tenantconfig.TenantRole;
import id.ekinerja.tenantconfig.Unit;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The platform console's use cases: list, create, suspend and resume tenants.
 *
 * <p>Creating a tenant touches three systems (a new schema, Keycloak, the registry) that share no
 * transaction, so it runs without one and undoes what it made when a later step fails: a refused or failed
 * creation leaves no schema, organization or account behind. The registry row comes last, so a tenant is
 * never reachable half-made. An advisory lock on the code keeps two operators (or two nodes) from creating
 * the same tenant at once, which would otherwise let one undo the other's schema.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformService {
    private static final Logger LOG = Logger.getLogger(PlatformService.class.getName());
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final String ROOT_UNIT = "induk";

    @Inject
    TenantRegistry registry;

    @Inject
    KeycloakAdmin keycloak;

    @EJB
    OrganisationLoader loader;

    @EJB
    TenantRegistrations registrations;

    @EJB
    id.ekinerja.application.skp.DemoSkpSeeder demoSkp;

    public List<Tenant> tenants() {
        return registry.list();
    }

    public CreatedTenant createTenant(NewTenant request, String actor) {
        String code = request.code() == null ? "" : request.code().strip();
        String name = request.name() == null ? "" : request.name().strip();
        if (!TenantCode.isWellFormed(code)) {
            throw new TenantCreationException("code", "tenant.code.invalid", code);
        }
        if (name.isEmpty() || name.length() > 200) {
            throw new TenantCreationException("name", "tenant.name.invalid", null);
        }
        Nip nip = parseNip(request.adminNip());
        String adminName = request.adminName() == null ? "" : request.adminName().strip();
        if (adminName.isEmpty() || adminName.length() > 200) {
            throw new TenantCreationException("adminName", "tenant.admin.name.invalid", null);
        }
        String email = request.adminEmail() == null ? "" : request.adminEmail().strip();
        if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            throw new TenantCreationException("adminEmail", "tenant.admin.email.invalid", email);
        }
        try (Connection lock = DatabaseSettings.openDedicatedConnection()) {
            if (!tryLock(lock, code)) {
                throw new TenantCreationException("code", "tenant.code.busy", code);
            }
            return create(code, name, nip, adminName, email, actor);
        } catch (SQLException e) {
            throw new TenantCreationException(null, "tenant.create.failed", e.getMessage());
        }
    }

    private CreatedTenant create(String code, String name, Nip nip, String adminName, String email, String actor) {
        if (registry.find(code).isPresent() || SchemaMigrator.schemaExists(code)) {
            throw new TenantCreationException("code", "tenant.code.taken", code);
        }
        try {
            if (keycloak.findOrganizationId(code).isPresent()) {
                throw new TenantCreationException("code", "tenant.code.taken", code);
            }
            if (keycloak.organizationNameTaken(name)) {
                throw new TenantCreationException("name", "tenant.name.taken", name);
            }
        } catch (KeycloakException e) {
            throw new TenantCreationException(null, "tenant.keycloak.unavailable", e.getMessage());
        }
        Person admin = new Person(nip.value(), adminName, email, nip.type(), null, "Admin Instansi", null, null,
                ROOT_UNIT, null, Set.of(TenantRole.ADMIN_INSTANSI));
        TenantDefinition definition = new TenantDefinition(code, name, TenantDefaults.settings(Year.now().getValue()),
                new Organisation(List.of(new Unit(ROOT_UNIT, name, null)), List.of(admin)));

        String organizationId = null;
        String createdUserId = null;
        try {
            provisionSchema(definition, actor);
            organizationId = keycloak.createOrganization(code, name);
            String userId = keycloak.findUserId(nip.value()).orElse(null);
            String initialPassword = null;
            if (userId == null) {
                initialPassword = initialPassword();
                createdUserId = keycloak.createUser(nip.value(), email, adminName, initialPassword);
                userId = createdUserId;
            }
            keycloak.addMember(organizationId, userId);
            registrations.register(code, name, Changelogs.tenantVersion(), actor);
            return new CreatedTenant(code, nip.value(), initialPassword);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Creating tenant " + code + " failed; undoing what was made", e);
            undo(code, organizationId, createdUserId);
            String key = e instanceof KeycloakException ? "tenant.keycloak.unavailable" : "tenant.create.failed";
            throw new TenantCreationException(null, key, e.getMessage());
        }
    }

    /** Creates, migrates and fills the schema of a tenant; drops it again if any of that fails. */
    public void provisionSchema(TenantDefinition definition, String actor) {
        try {
            SchemaMigrator.migrateTenant(definition.code());
            loader.load(definition, actor);
        } catch (RuntimeException e) {
            SchemaMigrator.dropTenantSchema(definition.code());
            throw e;
        }
    }

    /** A demo tenant whose Keycloak organization and accounts come from the realm import. */
    public void bootstrapDemoTenant(TenantDefinition definition) {
        provisionSchema(definition, "system");
        try {
            demoSkp.seed(definition); // demo data of the SKP area: an open period and approved leaders' SKP
            registrations.register(definition.code(), definition.name(), Changelogs.tenantVersion(), "system");
        } catch (RuntimeException e) {
            SchemaMigrator.dropTenantSchema(definition.code());
            throw e;
        }
    }

    public Tenant suspend(String code, String actor) {
        return registrations.changeStatus(code, TenantStatus.SUSPENDED, actor);
    }

    public Tenant resume(String code, String actor) {
        return registrations.changeStatus(code, TenantStatus.ACTIVE, actor);
    }

    void undo(String code, String organizationId, String createdUserId) {
        if (createdUserId != null) {
            quietly(() -> keycloak.deleteUser(createdUserId), "delete user " + createdUserId);
        }
        if (organizationId != null) {
            String id = organizationId;
            quietly(() -> keycloak.deleteOrganization(id), "delete organization " + id);
        }
        quietly(() -> SchemaMigrator.dropTenantSchema(code), "drop schema of " + code);
    }

    private static void quietly(Runnable step, String what) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not " + what + " while undoing a failed tenant creation", e);
        }
    }

    private static Nip parseNip(String raw) {
        try {
            return Nip.parse(raw, EmployeeType.PNS);
        } catch (InvalidNipException asPns) {
            try {
                return Nip.parse(raw, EmployeeType.PPPK);
            } catch (InvalidNipException asPppk) {
                throw new TenantCreationException("adminNip", "tenant.admin.nip.invalid", asPns.getMessage());
            }
        } catch (RuntimeException e) {
            throw new TenantCreationException("adminNip", "tenant.admin.nip.invalid", null);
        }
    }

    static boolean tryLock(Connection c, String code) throws SQLException {
        // session-level lock, released when the dedicated connection closes
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(hashtext('tenant:' || ?))")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private static String initialPassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
