package id.ekinerja.systemtest.drill;

import id.ekinerja.runtime.EmbeddedDatabase;
import id.ekinerja.runtime.LocalPlatform;
import id.ekinerja.runtime.PlatformConfig;
import id.ekinerja.runtime.WildFlyServer;
import id.ekinerja.systemtest.Deployments;
import id.ekinerja.systemtest.bench.PegawaiCsv;
import id.ekinerja.systemtest.bench.PenilaianBenchSetup;
import id.ekinerja.systemtest.bench.TenantBenchmark;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * Fault drill: WildFly killed with SIGKILL in the middle of a pegawai import and in the middle of an
 * evaluation finalisation, then started again. Afterwards each must be complete or absent, never half-applied,
 * and the import job must not stay RUNNING: the stale-job rule (here with a 1-minute silence,
 * {@code -Dekinerja.import.stale-minutes=1}) marks it FAILED, and importing the same file again completes it.
 *
 * <p>Starts PostgreSQL and Keycloak (run ports unless given) and its own WildFly with the product EAR plus
 * {@link DrillServlet}; "the middle" is found by watching PostgreSQL for the open write transaction
 * ({@code pg_stat_activity.backend_xid}) of the step, then the server's JVM is killed. Prints what it saw;
 * fails (the build) if a rule was broken. Run: {@code mvn verify -pl system-tests -am -Pdrill-crash} (README).
 */
public final class CrashDrill {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static PlatformConfig config;
    private static boolean broken;

    private CrashDrill() {
    }

    public static void main(String[] args) throws Exception {
        int importSize = Integer.getInteger("drill.import.size", 3000);
        int finaliseSize = Integer.getInteger("drill.finalise.pegawai", 3000);
        Path ear = Path.of(System.getProperty("ekinerja.work.dir", "target/drill")).toAbsolutePath().resolve("ekinerja-drill.ear");
        Files.createDirectories(ear.getParent());
        // the product EAR (Deployments reads it from the same property the launcher does) plus the drill servlet
        System.setProperty(PlatformConfig.EAR, PlatformConfig.fromSystemProperties().earFile().toAbsolutePath().toString());
        Deployments.ekinerja(DrillServlet.class, PenilaianBenchSetup.class).as(ZipExporter.class).exportTo(ear.toFile(), true);
        System.setProperty(PlatformConfig.EAR, ear.toString());
        System.setProperty(WildFlyServer.EXTRA_JVM_ARGS, "-Dekinerja.import.stale-minutes=1");
        config = PlatformConfig.fromSystemProperties().withDemo(true);
        System.out.printf(Locale.ROOT, "%n=== Crash drill: WildFly killed -9 mid-import (%d pegawai) and mid-finalisation"
                + " (%d pegawai), work dir %s ===%n", importSize, finaliseSize, config.workDir());
        try (LocalPlatform services = LocalPlatform.start(config, false)) {
            EmbeddedDatabase db = services.database().orElseThrow();
            WildFlyServer server = WildFlyServer.start(config);
            try {
                server = importDrill(db, server, importSize);
                server = finaliseDrill(db, server, finaliseSize);
            } finally {
                server.close();
            }
        }
        System.clearProperty(PlatformConfig.EAR);
        System.clearProperty(WildFlyServer.EXTRA_JVM_ARGS);
        System.out.println(broken ? "=== DRILL FAILED ===" : "=== DRILL PASSED ===");
        if (broken) {
            throw new AssertionError("the drill found a broken rule (lines marked BROKEN above)");
        }
    }

    private static WildFlyServer importDrill(EmbeddedDatabase db, WildFlyServer server, int size) throws Exception {
        String tenant = call("POST", "/drill/tenant?prefix=crashimp", null).getString("tenant");
        String schema = "tenant_" + tenant.replace('-', '_');
        byte[] file = PegawaiCsv.generate(size, tenant);
        long job = call("POST", "/drill/import?tenant=" + tenant, file).getJsonNumber("job").longValue();
        // the middle of the SAVING step: its transaction has written (holds an xid) and not committed
        String seen = waitFor(db, "SELECT (SELECT status FROM " + schema + ".org_import_job WHERE id = " + job + ")"
                + " || CASE WHEN EXISTS (SELECT 1 FROM pg_stat_activity WHERE backend_xid IS NOT NULL"
                + " AND query ILIKE '%pegawai%') THEN ' + open write transaction' ELSE '' END",
                s -> s != null && (s.startsWith("SAVING +") || s.startsWith("ACCOUNTS") || s.startsWith("MEMBERSHIPS")
                        || s.startsWith("DONE")), Duration.ofMinutes(5));
        long before = count(db, "SELECT count(*) FROM " + schema + ".pegawai");
        long killedAt = kill(server);
        System.out.printf(Locale.ROOT, "[import] killed WildFly -9 while the job was %s; committed pegawai then: %d%n",
                seen, before);
        server = restart(killedAt);
        long after = count(db, "SELECT count(*) FROM " + schema + ".pegawai");
        String status = text(db, "SELECT status FROM " + schema + ".org_import_job WHERE id = " + job);
        System.out.printf(Locale.ROOT, "[import] after restart: pegawai %d (1 admin + %d in the file), job row %s%n",
                after, size, status);
        check(after == 1 || after == 1 + size, "import rows complete or absent (" + after + ")");
        // the job must not stay RUNNING: once a minute has passed without a heartbeat the service says FAILED
        long t0 = System.nanoTime();
        JsonObject polled;
        do {
            Thread.sleep(5000);
            polled = call("GET", "/drill/import?tenant=" + tenant + "&job=" + job, null);
        } while (!polled.getString("status").equals("FAILED") && !polled.getString("status").equals("DONE")
                && System.nanoTime() - t0 < Duration.ofMinutes(3).toNanos());
        System.out.printf(Locale.ROOT, "[import] job when polled %.0f s after the restart: %s %s%n",
                (System.nanoTime() - t0) / 1e9, polled.getString("status"), polled.getString("failure"));
        check(!polled.getString("status").matches("VALIDATING|SAVING|ACCOUNTS|MEMBERSHIPS|RUNNING|QUEUED"),
                "job not left running");
        // importing the same file again completes it
        long again = call("POST", "/drill/import?tenant=" + tenant, file).getJsonNumber("job").longValue();
        t0 = System.nanoTime();
        do {
            Thread.sleep(2000);
            polled = call("GET", "/drill/import?tenant=" + tenant + "&job=" + again, null);
        } while (!polled.getString("status").matches("DONE|FAILED|REJECTED") && System.nanoTime() - t0 < Duration.ofMinutes(10).toNanos());
        long finalCount = count(db, "SELECT count(*) FROM " + schema + ".pegawai");
        System.out.printf(Locale.ROOT, "[import] the same file again: %s in %.1f s, pegawai %d%n", polled.getString("status"),
                (System.nanoTime() - t0) / 1e9, finalCount);
        check(polled.getString("status").equals("DONE") && finalCount == 1 + size, "re-import completes");
        return server;
    }

    private static WildFlyServer finaliseDrill(EmbeddedDatabase db, WildFlyServer server, int size) throws Exception {
        String tenant = call("POST", "/drill/tenant?prefix=crashfin", null).getString("tenant");
        String schema = "tenant_" + tenant.replace('-', '_');
        long t0 = System.nanoTime();
        JsonObject setup = call("POST", "/drill/finalise-setup?tenant=" + tenant + "&pegawai=" + size, null);
        long window = setup.getJsonNumber("window").longValue();
        long root = setup.getJsonNumber("root").longValue();
        System.out.printf(Locale.ROOT, "[finalise] %s: %d rated in %.1f s; finalising the tree%n", tenant,
                setup.getInt("rated"), (System.nanoTime() - t0) / 1e9);
        CompletableFuture<String> request = CompletableFuture.supplyAsync(() -> {
            try {
                return call("POST", "/drill/finalise?tenant=" + tenant + "&window=" + window + "&root=" + root, null).toString();
            } catch (Exception e) {
                return "request ended: " + e;
            }
        });
        String seen = waitFor(db, "SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_stat_activity WHERE backend_xid IS NOT NULL"
                + " AND query ILIKE '%evaluation%') THEN 'open write transaction on evaluation' END",
                s -> s != null || request.isDone(), Duration.ofMinutes(2));
        boolean finishedBeforeKill = request.isDone();
        long killedAt = kill(server);
        System.out.printf(Locale.ROOT, "[finalise] killed WildFly -9 %s%n",
                finishedBeforeKill ? "too late, the request had finished: " + request.join() : "with an " + seen);
        server = restart(killedAt);
        long finalised = count(db, "SELECT count(*) FROM " + schema + ".evaluation WHERE window_id = " + window + " AND finalised");
        long units = count(db, "SELECT count(*) FROM " + schema + ".organisation_predikat WHERE window_id = " + window + " AND finalised");
        System.out.printf(Locale.ROOT, "[finalise] after restart: %d evaluations and %d unit predikat finalised"
                + " (all or nothing; %d rated); the request got: %s%n", finalised, units, setup.getInt("rated"),
                request.getNow("(no answer)"));
        check(finalised == 0 && units == 0 || finishedBeforeKill && finalised > 0,
                "finalisation complete or absent (" + finalised + " evaluations)");
        // and it can be done again now
        JsonObject outcome = call("POST", "/drill/finalise?tenant=" + tenant + "&window=" + window + "&root=" + root, null);
        System.out.printf(Locale.ROOT, "[finalise] finalising again after the restart: %s%n", outcome);
        return server;
    }

    private static long kill(WildFlyServer server) {
        long pid = TenantBenchmark.javaPid(server);
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly); // SIGKILL
        ProcessHandle.of(pid).ifPresent(h -> h.onExit().join());
        long at = System.nanoTime();
        server.close();
        return at;
    }

    private static WildFlyServer restart(long killedAt) {
        WildFlyServer server = WildFlyServer.start(config);
        System.out.printf(Locale.ROOT, "  WildFly restarted and deployed %.1f s after the kill%n",
                (System.nanoTime() - killedAt) / 1e9);
        return server;
    }

    private static void check(boolean ok, String rule) {
        System.out.println("  " + (ok ? "OK   " : "BROKEN ") + rule);
        broken |= !ok;
    }

    private static String waitFor(EmbeddedDatabase db, String sql, java.util.function.Predicate<String> done,
                                  Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection c = db.connect()) {
            while (System.nanoTime() < deadline) {
                String value;
                try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                    value = rs.next() ? rs.getString(1) : null;
                }
                if (done.test(value)) {
                    return value;
                }
                Thread.sleep(10);
            }
        }
        throw new IllegalStateException("not seen within " + timeout + ": " + sql);
    }

    private static long count(EmbeddedDatabase db, String sql) throws Exception {
        return Long.parseLong(text(db, sql));
    }

    private static String text(EmbeddedDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static JsonObject call(String method, String path, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(config.publicUrl() + path)).timeout(Duration.ofMinutes(10));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return Json.createReader(new StringReader(r.body())).readObject();
    }
}
