package id.ekinerja.runtime;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Embedded PostgreSQL (zonky binaries from Maven Central) on the configured port with a fresh data
 * directory {@code <work>/postgres}, a role {@code ekinerja} (password from the config) and a database
 * {@code ekinerja} owned by it, and a database {@code keycloak} for Keycloak's store. Listens on 127.0.0.1 only.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
    /** Database of Keycloak's store in the same server, owned by the application role. */
    public static final String KEYCLOAK_DB_NAME = "keycloak";
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final PlatformConfig config;
    private final Path dataDir;
    private final long pid;
    private EmbeddedPostgres postgres;

    private EmbeddedDatabase(PlatformConfig config, Path dataDir, EmbeddedPostgres postgres, long pid) {
        this.config = config;
        this.dataDir = dataDir;
        this.postgres = postgres;
        this.pid = pid;
    }

    /** Starts PostgreSQL and creates role and database. Throws if the port is taken or start-up fails. */
    public static EmbeddedDatabase start(PlatformConfig config) {
        if (!IDENTIFIER.matcher(config.dbUser()).matches()) {
            throw new IllegalArgumentException("database user must match " + IDENTIFIER + ": " + config.dbUser());
        }
        Processes.requireFreePort(config.dbPort(), "PostgreSQL", PlatformConfig.DB_PORT);
        long t0 = System.nanoTime();
        Path dataDir = config.workDir().resolve("postgres");
        Processes.deleteTree(dataDir);
        EmbeddedPostgres pg;
        try {
            Files.createDirectories(config.workDir());
            pg = EmbeddedPostgres.builder()
                    .setPort(config.dbPort())
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(true)
                    .setRegisterShutdownHook(false) // LocalPlatform stops everything in order
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(
                            config.workDir().resolve("postgres.log").toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(
                            config.workDir().resolve("postgres.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + config.dbPort()
                    + " (is it taken? -D" + PlatformConfig.DB_PORT + "=...). Log: "
                    + config.workDir().resolve("postgres.log"), e);
        }
        EmbeddedDatabase db = new EmbeddedDatabase(config, dataDir, pg, readPostmasterPid(dataDir).orElse(-1L));
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + config.dbUser() + " LOGIN PASSWORD '"
                    + config.dbPassword().replace("'", "''") + "'");
            s.execute("CREATE DATABASE " + PlatformConfig.DB_NAME + " OWNER " + config.dbUser()
                    + " ENCODING 'UTF8' TEMPLATE template0");
            // Keycloak's own store lives next to the application's: both start empty together, so a
            // restart never finds accounts the application does not know (or the reverse)
            s.execute("CREATE DATABASE " + KEYCLOAK_DB_NAME + " OWNER " + config.dbUser()
                    + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            db.close();
            throw new IllegalStateException("cannot create role/database in the embedded PostgreSQL", e);
        }
        LOG.info(() -> String.format("PostgreSQL ready on 127.0.0.1:%d (pid %d) in %d ms", config.dbPort(), db.pid,
                (System.nanoTime() - t0) / 1_000_000));
        return db;
    }

    /** JDBC URL of the application database. */
    public String jdbcUrl() {
        return config.jdbcUrl();
    }

    /** JDBC URL of Keycloak's database in this server. */
    public String keycloakJdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + config.dbPort() + "/" + KEYCLOAK_DB_NAME;
    }

    public int port() {
        return config.dbPort();
    }

    /** A new connection as the application role (the caller closes it). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), config.dbUser(), config.dbPassword());
    }

    /** PID of the postmaster, -1 if unknown. */
    public long pid() {
        return pid;
    }

    public Path dataDir() {
        return dataDir;
    }

    /**
     * Fault drills: stops the server (fast shutdown: open connections are cut, as when the database service
     * restarts) and keeps its data directory, port and options for {@link #startServer()}. Returns once the
     * server has stopped.
     */
    public synchronized void stopServer() {
        pgCtl("stop", "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "60");
    }

    /**
     * Starts the server again on the same port and data directory with the options it was first started with
     * (PostgreSQL keeps them in {@code postmaster.opts}); returns once it accepts connections. The new
     * postmaster is detached (started by pg_ctl); {@link #close()} stops it through pg_ctl like the first one.
     */
    public synchronized void startServer() {
        List<String> opts = postmasterOpts();
        pgCtl("start", "-D", dataDir.toString(), "-w", "-t", "60",
                "-l", config.workDir().resolve("postgres.log").toString(),
                "-o", String.join(" ", opts.subList(1, opts.size())));
    }

    /** The command line of the last start, binary first, from {@code postmaster.opts}. */
    private List<String> postmasterOpts() {
        try {
            String line = Files.readString(dataDir.resolve("postmaster.opts"), StandardCharsets.UTF_8).strip();
            List<String> parts = new ArrayList<>();
            java.util.regex.Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
            while (m.find()) {
                parts.add(m.group(1) != null ? "\"" + m.group(1) + "\"" : m.group(2));
            }
            parts.set(0, parts.get(0).replace("\"", ""));
            return parts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read postmaster.opts in " + dataDir, e);
        }
    }

    private void pgCtl(String... args) {
        Path pgCtl = Path.of(postmasterOpts().get(0)).resolveSibling("pg_ctl");
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/unshare"))) {
            // pg_ctl refuses to run as root; zonky runs PostgreSQL in a user namespace the same way
            command.addAll(List.of("/usr/bin/unshare", "-U"));
        }
        command.add(pgCtl.toString());
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(config.workDir().resolve("postgres.log").toFile()))
                    .start();
            if (!p.waitFor(90, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("pg_ctl " + String.join(" ", args) + " failed; see "
                        + config.workDir().resolve("postgres.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops PostgreSQL (fast shutdown) and deletes the data directory. Idempotent. */
    @Override
    public synchronized void close() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warning("PostgreSQL did not stop cleanly: " + e);
        } finally {
            postgres = null;
        }
        if (pid > 0) {
            ProcessHandle.of(pid).ifPresent(h -> Processes.stopTree(h, Duration.ofSeconds(20)));
        }
    }

    private static Optional<Long> readPostmasterPid(Path dataDir) {
        try {
            Path file = dataDir.resolve("postmaster.pid");
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            String first = Files.readAllLines(file, StandardCharsets.US_ASCII).get(0).trim();
            return Optional.of(Long.parseLong(first));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
