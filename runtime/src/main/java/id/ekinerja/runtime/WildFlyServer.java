package id.ekinerja.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * WildFly from {@link PlatformConfig#wildflyHome()} (configured by the ear module) with the EAR deployed
 * from a fresh base directory {@code <work>/wildfly}: the unpacked server itself is never written to, so it
 * stays clean for Arquillian. Console output goes to {@code <work>/wildfly-console.log}, the server log to
 * {@code <work>/wildfly/log/server.log}.
 */
public final class WildFlyServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(WildFlyServer.class.getName());
    /** Runtime name of the deployment, also the name of its marker files. */
    public static final String DEPLOYMENT = "ekinerja.ear";
    /** Folders of a used base dir that a fresh copy leaves out. */
    private static final Set<String> SKIPPED = Set.of("data", "log", "tmp", "configuration/standalone_xml_history");

    private final PlatformConfig config;
    private final Path baseDir;
    private final Process process;
    private final Path consoleLog;
    private final long launchedAt;
    private volatile boolean stopped;

    private WildFlyServer(PlatformConfig config, Path baseDir, Process process, Path consoleLog, long launchedAt) {
        this.launchedAt = launchedAt;
        this.config = config;
        this.baseDir = baseDir;
        this.process = process;
        this.consoleLog = consoleLog;
    }

    /** System property: more options (space-separated) for the WildFly JVM this launcher starts. */
    public static final String EXTRA_JVM_ARGS = "ekinerja.wildfly.jvm-args";

    /**
     * The {@code -D} options of the application (database, OIDC, Keycloak admin client, demo, public URL)
     * plus the port offset, exactly as this launcher passes them: for Arquillian's {@code javaVmArguments}.
     */
    public static List<String> javaVmArguments(PlatformConfig config) {
        List<String> args = new ArrayList<>();
        args.add("-Djboss.socket.binding.port-offset=" + config.portOffset());
        for (Map.Entry<String, String> e : config.applicationProperties().entrySet()) {
            args.add("-D" + e.getKey() + "=" + e.getValue());
        }
        // extra server options for drills and experiments, e.g. -Dekinerja.import.stale-minutes=1
        String extra = System.getProperty(EXTRA_JVM_ARGS, "").strip();
        if (!extra.isEmpty()) {
            args.addAll(List.of(extra.split("\\s+")));
        }
        return args;
    }

    /** The full command line: {@code standalone.sh}, base dir and {@link #javaVmArguments}. */
    public static List<String> command(PlatformConfig config, Path baseDir) {
        List<String> command = new ArrayList<>();
        command.add(config.wildflyHome().resolve("bin/standalone.sh").toString());
        command.add("-Djboss.server.base.dir=" + baseDir);
        command.addAll(javaVmArguments(config));
        return command;
    }

    /**
     * Copies the server's {@code standalone} folder to {@code <work>/wildfly}, puts the EAR into its
     * deployments, starts WildFly and waits for {@code ekinerja.ear.deployed}. Fails fast with the log tail
     * when {@code ekinerja.ear.failed} appears or the process dies; stops the server on any failure.
     */
    public static WildFlyServer start(PlatformConfig config) {
        WildFlyServer server = launch(config);
        try {
            server.awaitDeployment();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** Prepares the base dir and starts the process without waiting for the deployment. */
    static WildFlyServer launch(PlatformConfig config) {
        Path home = config.wildflyHome();
        if (!Files.isExecutable(home.resolve("bin/standalone.sh")) || !Files.exists(home.resolve(".configured"))) {
            throw new IllegalStateException("No configured WildFly at " + home
                    + ": build the ear module first (mvn install -DskipTests) or set -D" + PlatformConfig.WILDFLY_HOME);
        }
        if (!Files.isRegularFile(config.earFile())) {
            throw new IllegalStateException("No EAR at " + config.earFile() + ": build it first (mvn install -DskipTests)"
                    + " or set -D" + PlatformConfig.EAR);
        }
        Processes.requireFreePort(config.httpPort(), "WildFly HTTP", PlatformConfig.PORT_OFFSET);
        Processes.requireFreePort(config.managementPort(), "WildFly management", PlatformConfig.PORT_OFFSET);
        long t0 = System.nanoTime();
        Path baseDir = config.workDir().resolve("wildfly");
        Processes.deleteTree(baseDir);
        copyStandalone(home.resolve("standalone"), baseDir);
        Path deployments = baseDir.resolve("deployments");
        Path consoleLog = config.workDir().resolve("wildfly-console.log");
        Process process;
        try {
            Files.createDirectories(deployments);
            Files.copy(config.earFile(), deployments.resolve(DEPLOYMENT), StandardCopyOption.REPLACE_EXISTING);
            ProcessBuilder pb = new ProcessBuilder(command(config, baseDir))
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(consoleLog.toFile());
            Map<String, String> env = pb.environment();
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.remove("JAVA_OPTS");
            env.remove("JAVA");
            env.put("JBOSS_JAVA_SIZING", config.wildflyHeap());
            env.remove("LAUNCH_JBOSS_IN_BACKGROUND");
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start WildFly from " + home, e);
        }
        return new WildFlyServer(config, baseDir, process, consoleLog, t0);
    }

    /** Waits for the deployment marker; throws (without stopping) on failure or timeout. */
    void awaitDeployment() {
        awaitDeployment(config.wildflyTimeout());
        LOG.info(() -> String.format("WildFly ready on %s (pid %d), %s deployed in %d ms", config.publicUrl(),
                process.pid(), DEPLOYMENT, (System.nanoTime() - launchedAt) / 1_000_000));
    }

    private void awaitDeployment(Duration timeout) {
        Path deployed = baseDir.resolve("deployments").resolve(DEPLOYMENT + ".deployed");
        Path failed = baseDir.resolve("deployments").resolve(DEPLOYMENT + ".failed");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(deployed)) {
                return;
            }
            if (Files.exists(failed)) {
                Processes.sleep(300); // let the scanner finish writing the reason
                String reason;
                try {
                    reason = Files.readString(failed, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    reason = "(unreadable: " + e + ")";
                }
                throw new IllegalStateException("Deployment of " + DEPLOYMENT + " failed: " + reason
                        + "\n--- " + serverLog() + " (tail) ---\n" + Processes.tail(serverLog(), 60));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("WildFly exited with code " + process.exitValue() + " while starting; "
                        + consoleLog + ":\n" + Processes.tail(consoleLog, 60));
            }
            Processes.sleep(250);
        }
        throw new IllegalStateException("WildFly did not deploy " + DEPLOYMENT + " within " + timeout.toSeconds()
                + " s; " + serverLog() + ":\n" + Processes.tail(serverLog(), 60));
    }

    private static void copyStandalone(Path from, Path to) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    String rel = from.relativize(dir).toString().replace('\\', '/');
                    if (SKIPPED.contains(rel)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Files.createDirectories(to.resolve(from.relativize(dir)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Path rel = from.relativize(file);
                    // deployments: only the README, never something (or a marker) left by another run
                    if (rel.getNameCount() > 1 && rel.getName(0).toString().equals("deployments")
                            && !rel.getFileName().toString().equals("README.txt")) {
                        return FileVisitResult.CONTINUE;
                    }
                    Files.copy(file, to.resolve(rel), StandardCopyOption.COPY_ATTRIBUTES);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
    }

    public PlatformConfig config() {
        return config;
    }

    /** PID of {@code standalone.sh}; the server JVM is its child. */
    public long pid() {
        return process.pid();
    }

    /** This PID and those of all descendants, as they are now. */
    public List<Long> pids() {
        return Processes.treePids(process);
    }

    public Path baseDir() {
        return baseDir;
    }

    public Path serverLog() {
        return baseDir.resolve("log/server.log");
    }

    public Path consoleLog() {
        return consoleLog;
    }

    /** e.g. {@code http://localhost:28080}. */
    public String url() {
        return config.publicUrl();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops WildFly (the script and its JVM) by PID and waits for the exit. Idempotent. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        Processes.stopTree(process.toHandle(), Duration.ofSeconds(30));
        LOG.info("WildFly stopped");
    }
}
