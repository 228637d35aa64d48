package id.ekinerja.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ekinerja.application.CreatedTenant;
import id.ekinerja.application.NewTenant;
import id.ekinerja.application.PlatformService;
import id.ekinerja.application.ProfileService;
import id.ekinerja.application.TenantCreationException;
import id.ekinerja.db.Changelogs;
import id.ekinerja.domain.model.tenant.Tenant;
import id.ekinerja.domain.model.tenant.TenantStatus;
import id.ekinerja.infrastructure.audit.PlatformAudit;
import id.ekinerja.infrastructure.keycloak.KeycloakAdmin;
import id.ekinerja.infrastructure.tenancy.DatabaseSettings;
import id.ekinerja.infrastructure.tenancy.NoTenantException;
import id.ekinerja.infrastructure.tenancy.SchemaMigrator;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import id.ekinerja.infrastructure.tenancy.TenantRegistry;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Schema-per-tenant behaviour inside the real server: the real persistence unit, the real datasource, the
 * real PostgreSQL and Keycloak. Demo tenants exist (demo mode).
 */
@ExtendWith(ArquillianExtension.class)
class TenancyIT {
    /** Ratna Sari Dewi of kpu-dki and Eka Juwita Sari of bawaslu-lebong, from the demo tenant files. */
    private static final String KPU_NIP = "198511172009042001";
    private static final String BAWASLU_NIP = "198401282009032002";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ekinerja(TenancyIT.class, TenantProbe.class, TestNips.class);
    }

    @EJB
    TenantProbe probe;

    @EJB
    PlatformService platform;

    @EJB
    ProfileService profiles;

    @Inject
    TenantRegistry registry;

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    PlatformAudit audit;

    @Test
    void writesOfTwoTenantsLandInTheirOwnSchemas() throws SQLException {
        String a = "A-" + UUID.randomUUID();
        String b = "B-" + UUID.randomUUID();
        probe.writeMarker("kpu-dki", a);
        probe.writeMarker("bawaslu-lebong", b);

        assertEquals(1, countMarker("tenant_kpu_dki", a));
        assertEquals(0, countMarker("tenant_kpu_dki", b));
        assertEquals(1, countMarker("tenant_bawaslu_lebong", b));
        assertEquals(0, countMarker("tenant_bawaslu_lebong", a));
        assertTrue(probe.markers("kpu-dki").contains(a));
        assertFalse(probe.markers("kpu-dki").contains(b));
    }

    @Test
    void oneTenantsQueriesNeverSeeAnothersRows() {
        List<String> kpu = probe.nips("kpu-dki");
        List<String> bawaslu = probe.nips("bawaslu-lebong");
        assertTrue(kpu.contains(KPU_NIP));
        assertFalse(kpu.contains(BAWASLU_NIP));
        assertFalse(bawaslu.contains(KPU_NIP));
        assertTrue(TenantContext.call("kpu-dki", () -> profiles.profileOf(BAWASLU_NIP)).isEmpty());
        assertEquals("Eka Juwita Sari",
                TenantContext.call("bawaslu-lebong", () -> profiles.profileOf(BAWASLU_NIP)).orElseThrow().name());

        // an id taken from another tenant finds nothing of that tenant: at most a row of the current one
        long bawasluId = probe.idOf("bawaslu-lebong", BAWASLU_NIP);
        String found = probe.nipOfId("kpu-dki", bawasluId);
        assertTrue(found == null || kpu.contains(found), "kpu-dki must only ever return its own rows");
    }

    /**
     * The pool's connections keep each tenant's statements prepared (a text per tenant) and the schema is set
     * through set_config, which a rollback undoes: the same reads alternating between tenants, with rolled-back
     * work in between, from several threads (so through different pooled connections), always see their own rows.
     */
    @Test
    void alternatingTenantsOnPooledConnectionsEachSeeTheirOwnRowsAfterRollbacks() throws Exception {
        Set<String> kpu = Set.copyOf(probe.nips("kpu-dki"));
        Set<String> bawaslu = Set.copyOf(probe.nips("bawaslu-lebong"));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                boolean even = i % 2 == 0;
                results.add(threads.submit(() -> {
                    String tenant = even ? "kpu-dki" : "bawaslu-lebong";
                    try {
                        probe.writeMarkerThenFail(even ? "bawaslu-lebong" : "kpu-dki", "X-" + UUID.randomUUID());
                    } catch (RuntimeException expected) {
                        // rolled back, with the other tenant's schema set inside that transaction
                    }
                    Set<String> seen = Set.copyOf(probe.nips(tenant));
                    return seen.equals(even ? kpu : bawaslu) ? "" : tenant + " saw " + seen;
                }));
            }
            for (Future<String> result : results) {
                assertEquals("", result.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aRolledBackWriteLeavesNoTraceInAnyTenant() throws SQLException {
        String marker = "R-" + UUID.randomUUID();
        assertThrows(Exception.class, () -> probe.writeMarkerThenFail("kpu-dki", marker));
        assertEquals(0, countMarker("tenant_kpu_dki", marker));
        assertEquals(0, countMarker("tenant_bawaslu_lebong", marker));
        // the next unit of work in another tenant is not pointed at the rolled-back one's schema
        String next = "N-" + UUID.randomUUID();
        probe.writeMarker("bawaslu-lebong", next);
        assertEquals(1, countMarker("tenant_bawaslu_lebong", next));
        assertEquals(0, countMarker("tenant_kpu_dki", next));
    }

    @Test
    void dataAccessWithoutATenantFails() {
        Exception e = assertThrows(Exception.class, () -> probe.countWithoutTenant());
        assertTrue(causedBy(e, NoTenantException.class), "expected NoTenantException in " + e);
        Exception viaService = assertThrows(Exception.class, () -> profiles.profileOf(KPU_NIP));
        assertTrue(causedBy(viaService, NoTenantException.class), "expected NoTenantException in " + viaService);
    }

    @Test
    void creatingATenantCreatesAndMigratesItsSchemaOrganizationAndAdmin() throws SQLException {
        String code = "uji-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String nip = TestNips.randomNip();
        CreatedTenant created = platform.createTenant(
                new NewTenant(code, "Instansi Uji " + code, nip, "Admin Uji", code + "@uji.ekinerja.id"), "tester");

        assertEquals(code, created.code());
        assertNotNull(created.initialPassword(), "a new admin account gets an initial password");
        Tenant tenant = registry.find(code).orElseThrow();
        assertEquals(TenantStatus.ACTIVE, tenant.status());
        assertEquals(Changelogs.tenantVersion(), tenant.schemaVersion());
        assertTrue(SchemaMigrator.schemaExists(code));
        assertEquals(1, count("SELECT count(*) FROM tenant_" + code.replace('-', '_')
                + ".pegawai p JOIN tenant_" + code.replace('-', '_')
                + ".pegawai_role r ON r.pegawai_id = p.id WHERE p.nip = '" + nip + "' AND r.role = 'ADMIN_INSTANSI'"));
        assertTrue(keycloak.findOrganizationId(code).isPresent());
        assertTrue(keycloak.findUserId(nip).isPresent());
        assertTrue(audit.latest(20).stream().anyMatch(e -> code.equals(e.tenantCode()) && "CREATED".equals(e.action())
                && "tester".equals(e.actor())));
    }

    @Test
    void anExistingAccountGainsMembershipInsteadOfASecondAccount() {
        String code = "uji-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        CreatedTenant created = platform.createTenant(new NewTenant(code, "Instansi Mutasi " + code, KPU_NIP,
                "Ratna Sari Dewi", "ratna.lain@uji.ekinerja.id"), "tester");
        assertNull(created.initialPassword());
        assertTrue(registry.find(code).isPresent());
    }

    @Test
    void migratingTwiceChangesNothing() throws SQLException {
        String changelog = "SELECT count(*) FROM tenant_kpu_dki.databasechangelog";
        String tables = "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'tenant_kpu_dki'";
        long changesets = count(changelog);
        long tableCount = count(tables);
        long pegawai = count("SELECT count(*) FROM tenant_kpu_dki.pegawai");
        SchemaMigrator.migrateTenant("kpu-dki");
        SchemaMigrator.migrateTenant("kpu-dki");
        assertEquals(changesets, count(changelog));
        assertEquals(tableCount, count(tables));
        assertEquals(pegawai, count("SELECT count(*) FROM tenant_kpu_dki.pegawai"));
    }

    @Test
    void badOrDuplicateInputChangesNothingAnywhere() throws SQLException {
        int tenants = registry.list().size();
        long schemas = count("SELECT count(*) FROM information_schema.schemata WHERE schema_name LIKE 'tenant\\_%'");

        assertRefused("code", "tenant.code.invalid", new NewTenant("KPU DKI", "X", TestNips.randomNip(), "A", "a@b.id"));
        assertRefused("code", "tenant.code.invalid", new NewTenant("platform", "X", TestNips.randomNip(), "A", "a@b.id"));
        assertRefused("code", "tenant.code.invalid", new NewTenant("a'; drop schema platform; --", "X", TestNips.randomNip(), "A", "a@b.id"));
        assertRefused("code", "tenant.code.taken", new NewTenant("kpu-dki", "Lain", TestNips.randomNip(), "A", "a@b.id"));
        assertRefused("name", "tenant.name.taken", new NewTenant("uji-nama", "KPU Provinsi DKI Jakarta", TestNips.randomNip(), "A", "a@b.id"));
        assertRefused("name", "tenant.name.invalid", new NewTenant("uji-kosong", "  ", TestNips.randomNip(), "A", "a@b.id"));
        assertRefused("adminNip", "tenant.admin.nip.invalid", new NewTenant("uji-nip", "Uji NIP", "19860230 201505 1 001", "A", "a@b.id"));
        assertRefused("adminEmail", "tenant.admin.email.invalid", new NewTenant("uji-mail", "Uji Mail", TestNips.randomNip(), "A", "bukan-email"));

        assertEquals(tenants, registry.list().size());
        assertEquals(schemas, count("SELECT count(*) FROM information_schema.schemata WHERE schema_name LIKE 'tenant\\_%'"));
        assertTrue(keycloak.findOrganizationId("uji-nama").isEmpty());
    }

    @Test
    void aCreationThatFailsHalfWayLeavesNothingBehind() throws SQLException {
        String code = "uji-gagal-" + ThreadLocalRandom.current().nextInt(1000, 9999);
        // the e-mail belongs to another demo account: Keycloak refuses the new user after the schema and the
        // organization were made, so both must be undone
        TenantCreationException e = assertThrows(TenantCreationException.class, () -> platform.createTenant(
                new NewTenant(code, "Instansi Gagal " + code, TestNips.randomNip(), "Admin Gagal",
                        "ratna.dewi@kpu-dki.demo.ekinerja.id"), "tester"));
        assertNotNull(e.messageKey());
        assertTrue(registry.find(code).isEmpty());
        assertFalse(SchemaMigrator.schemaExists(code));
        assertTrue(keycloak.findOrganizationId(code).isEmpty());
    }

    @Test
    void suspendingAndResumingIsAudited() {
        platform.suspend("pa-ponorogo", "tester");
        assertEquals(TenantStatus.SUSPENDED, registry.find("pa-ponorogo").orElseThrow().status());
        platform.resume("pa-ponorogo", "tester");
        assertEquals(TenantStatus.ACTIVE, registry.find("pa-ponorogo").orElseThrow().status());
        List<PlatformAudit.Entry> trail = audit.latest(5);
        assertEquals("RESUMED", trail.get(0).action());
        assertEquals("SUSPENDED", trail.get(1).action());
        assertEquals("pa-ponorogo", trail.get(1).tenantCode());
    }

    private void assertRefused(String field, String key, NewTenant request) {
        TenantCreationException e = assertThrows(TenantCreationException.class,
                () -> platform.createTenant(request, "tester"));
        assertEquals(key, e.messageKey(), request.toString());
        assertEquals(field, e.field(), request.toString());
    }


    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static long countMarker(String schema, String marker) throws SQLException {
        try (Connection c = DatabaseSettings.openDedicatedConnection();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + schema + ".activity_log WHERE detail = ?")) {
            ps.setString(1, marker);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = DatabaseSettings.openDedicatedConnection();
             PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
