package id.ekinerja.application;

import id.ekinerja.db.Changelogs;
import id.ekinerja.domain.model.tenant.Tenant;
import id.ekinerja.infrastructure.tenancy.SchemaMigrator;
import id.ekinerja.infrastructure.tenancy.TenantRegistry;
import id.ekinerja.tenantconfig.TenantDefinition;
import id.ekinerja.tenantconfig.TenantFiles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

/**
 * Brings the database up to date when the application starts: validates the bootstrap tenant files (an
 * invalid one stops the deployment with a message naming file, field and reason), migrates the platform
 * schema, migrates only the tenant schemas whose recorded version differs from the current changelog (in
 * parallel, each on its own connection), and, in demo mode, creates the demo tenants that do not exist yet.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformStartup {
    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Inject
    TenantRegistry registry;

    @EJB
    PlatformService platform;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void start() {
        long begin = System.nanoTime();
        List<TenantDefinition> demoTenants = TenantFiles.loadDemoTenants();
        SchemaMigrator.migratePlatform();

        String version = Changelogs.tenantVersion();
        List<Tenant> outdated = registry.list().stream().filter(t -> !version.equals(t.schemaVersion())).toList();
        CompletableFuture.allOf(outdated.stream()
                .map(t -> CompletableFuture.runAsync(() -> {
                    SchemaMigrator.migrateTenant(t.code());
                    registry.setSchemaVersion(t.code(), version);
                }, executor))
                .toArray(CompletableFuture[]::new)).join();

        if (Boolean.getBoolean("ekinerja.demo")) {
            for (TenantDefinition demo : demoTenants) {
                if (registry.find(demo.code()).isEmpty()) {
                    platform.bootstrapDemoTenant(demo);
                    LOG.info(() -> "Demo tenant " + demo.code() + " created");
                }
            }
        }
        LOG.info(() -> String.format("Platform ready: %d tenants, %d schema(s) migrated, in %d ms",
                registry.list().size(), outdated.size(), (System.nanoTime() - begin) / 1_000_000));
    }
}
