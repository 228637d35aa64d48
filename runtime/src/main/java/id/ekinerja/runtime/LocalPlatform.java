package id.ekinerja.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

/**
 * The whole platform on this machine: embedded PostgreSQL and Keycloak (started in parallel), then
 * WildFly with the EAR. {@link #close()} stops them in reverse order, by PID, and is idempotent; a shutdown
 * hook calls it too, so Ctrl-C or a dying test JVM leaves no process behind.
 *
 * <pre>{@code
 * try (LocalPlatform platform = LocalPlatform.start(PlatformConfig.fromSystemProperties())) {
 *     String app = platform.config().tenantUrl("kpu-dki");
 * }
 * }</pre>
 */
public final class LocalPlatform implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LocalPlatform.class.getName());
    /** {@code postgres}: Keycloak stores in the embedded PostgreSQL instead of its dev-file H2 (for comparisons). */
    public static final String KEYCLOAK_STORE = "ekinerja.kc.store";

    private final PlatformConfig config;
    private volatile EmbeddedDatabase database;
    private volatile KeycloakServer keycloak;
    private volatile WildFlyServer wildfly;
    private final Thread shutdownHook;
    private boolean closed;

    private LocalPlatform(PlatformConfig config) {
        this.config = config;
        this.shutdownHook = new Thread(this::close, "ekinerja-platform-shutdown");
    }

    /** Starts database, Keycloak and WildFly. */
    public static LocalPlatform start(PlatformConfig config) {
        return start(config, true);
    }

    /**
     * Starts the database (unless an external one is configured) and Keycloak in parallel, then WildFly if
     * {@code withWildFly}. On failure everything already started is stopped and the failure is thrown.
     */
    public static LocalPlatform start(PlatformConfig config, boolean withWildFly) {
        LocalPlatform platform = new LocalPlatform(config);
        Runtime.getRuntime().addShutdownHook(platform.shutdownHook);
        long t0 = System.nanoTime();
        try {
            CompletableFuture<EmbeddedDatabase> db = config.embeddedDatabase()
                    ? CompletableFuture.supplyAsync(
                            () -> platform.keep(EmbeddedDatabase.start(config), c -> platform.database = c))
                    : CompletableFuture.completedFuture(null);
            // -Dekinerja.kc.store=postgres: Keycloak stores in the embedded PostgreSQL (database "keycloak") and
            // starts once that is up. Default: its dev-file H2, in parallel with the database; measured on 2
            // cores, creating accounts cost Keycloak + PostgreSQL ~40% more CPU than Keycloak on H2 (README)
            boolean onPostgres = config.embeddedDatabase() && "postgres".equals(System.getProperty(KEYCLOAK_STORE));
            CompletableFuture<KeycloakServer> kc = (onPostgres ? db : CompletableFuture.<EmbeddedDatabase>completedFuture(null))
                    .thenApplyAsync(database -> {
                        KeycloakServer.Store store = database == null ? null : new KeycloakServer.Store(
                                database.keycloakJdbcUrl(), config.dbUser(), config.dbPassword());
                        KeycloakServer server = platform.keep(KeycloakServer.launch(config,
                                RealmDefinition.build(config), store), c -> platform.keycloak = c);
                        server.awaitReady();
                        return server;
                    });
            // wait for both, even if one fails, so that close() sees everything that was started
            CompletableFuture.allOf(db, kc).exceptionally(t -> null).join();
            Processes.join(db);
            Processes.join(kc);
            if (withWildFly) {
                platform.keep(WildFlyServer.launch(config), c -> platform.wildfly = c).awaitDeployment();
            }
        } catch (RuntimeException | Error e) {
            platform.close();
            throw e;
        }
        LOG.info(() -> String.format("e-Kinerja platform up in %d ms", (System.nanoTime() - t0) / 1_000_000));
        return platform;
    }

    /**
     * Records a component as started, so that close() stops it even while start() is still waiting for it;
     * if the platform was closed meanwhile (Ctrl-C during start-up), stops the component at once instead.
     */
    private <T extends AutoCloseable> T keep(T component, java.util.function.Consumer<T> field) {
        synchronized (this) {
            if (!closed) {
                field.accept(component);
                return component;
            }
        }
        stop(component, null);
        throw new IllegalStateException("the platform was stopped while starting");
    }

    public PlatformConfig config() {
        return config;
    }

    /** The embedded database; empty when an external one is configured. */
    public Optional<EmbeddedDatabase> database() {
        return Optional.ofNullable(database);
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    /** WildFly; empty when started without it. */
    public Optional<WildFlyServer> wildfly() {
        return Optional.ofNullable(wildfly);
    }

    /** PIDs of every process started (scripts, JVMs, postmaster), as they are now. */
    public List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        if (database != null && database.pid() > 0) {
            pids.add(database.pid());
        }
        if (keycloak != null) {
            pids.addAll(keycloak.pids());
        }
        if (wildfly != null) {
            pids.addAll(wildfly.pids());
        }
        return pids;
    }

    /** Stops WildFly, Keycloak, then the database. Idempotent; safe from a shutdown hook. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is shutting down already
            }
        }
        WildFlyServer wf = wildfly;
        KeycloakServer kc = keycloak;
        EmbeddedDatabase db = database;
        RuntimeException failure = null;
        if (wf != null) {
            failure = stop(wf, failure);
        }
        if (kc != null) {
            failure = stop(kc, failure);
        }
        if (db != null) {
            failure = stop(db, failure);
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static RuntimeException stop(AutoCloseable component, RuntimeException failure) {
        try {
            component.close();
            return failure;
        } catch (Exception e) {
            RuntimeException r = e instanceof RuntimeException re ? re : new IllegalStateException(e);
            if (failure != null) {
                failure.addSuppressed(r);
                return failure;
            }
            return r;
        }
    }
}
