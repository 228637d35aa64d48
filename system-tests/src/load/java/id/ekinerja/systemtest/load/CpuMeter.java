package id.ekinerja.systemtest.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Stream;

/**
 * CPU used by each part of the stack on this box, read from {@code /proc} once a second: WildFly, Keycloak,
 * PostgreSQL (all its processes) and this JVM (Gatling, the load itself). On a 2-core box the load tool competes
 * with the server, so a page's throughput alone does not say where its cost is; CPU per request per part does.
 * Linux only; elsewhere it reports nothing.
 */
final class CpuMeter {
    /** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ, 100 on every Linux this runs on). */
    private static final double TICKS_PER_SECOND = 100.0;
    static final List<String> PARTS = List.of("wildfly", "keycloak", "postgres", "load tool");
    /** This checkout (the benchmark runs in its system-tests folder): PostgreSQL's processes work in its data folder here. */
    private static final String CHECKOUT = Path.of("").toAbsolutePath().getParent().toString();

    private record Snapshot(long millis, Map<String, Long> ticks) {
    }

    private static final ConcurrentLinkedDeque<Snapshot> SNAPSHOTS = new ConcurrentLinkedDeque<>();
    private static volatile Thread sampler;

    private CpuMeter() {
    }

    static synchronized void start() {
        if (sampler != null || !Files.isDirectory(Path.of("/proc/self"))) {
            return;
        }
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                SNAPSHOTS.add(new Snapshot(System.currentTimeMillis(), read()));
                while (SNAPSHOTS.size() > 3600) {
                    SNAPSHOTS.pollFirst();
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "cpu-meter");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** CPU milliseconds per part between the snapshots nearest to two moments (empty without /proc). */
    static Map<String, Double> between(long fromMillis, long toMillis) {
        Snapshot a = nearest(fromMillis);
        Snapshot b = nearest(toMillis);
        Map<String, Double> out = new LinkedHashMap<>();
        if (a == null || b == null || b.millis() <= a.millis()) {
            return out;
        }
        for (String part : PARTS) {
            out.put(part, (b.ticks().getOrDefault(part, 0L) - a.ticks().getOrDefault(part, 0L)) * 1000 / TICKS_PER_SECOND);
        }
        out.put("wall", (double) (b.millis() - a.millis()));
        return out;
    }

    private static Snapshot nearest(long millis) {
        Snapshot best = null;
        for (Snapshot s : SNAPSHOTS) {
            if (best == null || Math.abs(s.millis() - millis) < Math.abs(best.millis() - millis)) {
                best = s;
            }
        }
        return best;
    }

    /** The process id of this checkout's WildFly, if it runs. */
    static java.util.OptionalLong wildflyPid() {
        long self = ProcessHandle.current().pid();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> "wildfly".equals(part(p, Long.parseLong(p.getFileName().toString()) == self)))
                    .mapToLong(p -> Long.parseLong(p.getFileName().toString())).findFirst();
        } catch (IOException e) {
            return java.util.OptionalLong.empty();
        }
    }

    private static Map<String, Long> read() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        long self = ProcessHandle.current().pid();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                String part = part(p, Long.parseLong(p.getFileName().toString()) == self);
                if (part != null) {
                    ticks.merge(part, ticks(p), Long::sum);
                }
            });
        } catch (IOException e) {
            // a process list that cannot be read measures nothing
        }
        return ticks;
    }

    /**
     * Which part a process is, from its command line; null for the rest of the box (Maven, the shell…) and for
     * servers of another checkout (their working directory and command line are outside this one).
     */
    private static String part(Path proc, boolean self) {
        if (self) {
            return "load tool";
        }
        try {
            String cmd = new String(Files.readAllBytes(proc.resolve("cmdline"))).replace('\0', ' ');
            String cwd = Files.readSymbolicLink(proc.resolve("cwd")).toString();
            if (!cwd.startsWith(CHECKOUT) && !cmd.contains(CHECKOUT)) {
                return null;
            }
            if (cmd.contains("jboss-modules.jar")) {
                return "wildfly";
            }
            if (cmd.contains("io.quarkus") || cmd.contains("keycloak")) {
                return "keycloak";
            }
            if (cmd.startsWith("postgres") || cmd.contains("/bin/postgres")) {
                return "postgres";
            }
            return null;
        } catch (IOException | UnsupportedOperationException e) {
            return null; // the process ended meanwhile
        }
    }

    /** utime + stime of a process (fields 14 and 15 of /proc/pid/stat, after the command name in parentheses). */
    private static long ticks(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
