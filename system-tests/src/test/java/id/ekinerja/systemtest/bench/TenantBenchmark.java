package id.ekinerja.systemtest.bench;

import id.ekinerja.runtime.LocalPlatform;
import id.ekinerja.runtime.PlatformConfig;
import id.ekinerja.runtime.WildFlyServer;
import id.ekinerja.tenantconfig.DemoAccounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tenant benchmark (issue: platform foundation). Starts the platform with the demo tenants, measures the
 * server's start-up and heap, creates N tenants through the platform API (schema + migration + Keycloak
 * organization and admin account + registry), then restarts the server with all of them up to date and
 * measures again. Prints the figures; asserts nothing. Run it with the command in the README.
 */
public final class TenantBenchmark {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TenantBenchmark() {
    }

    record Start(long millis, long heapKb) {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.getInteger("bench.tenants", 100);
        PlatformConfig config = PlatformConfig.fromSystemProperties().withDemo(true);
        System.out.printf(Locale.ROOT, "%nTenant benchmark: %d tenants, %d cores, work dir %s%n", n,
                Runtime.getRuntime().availableProcessors(), config.workDir());
        try (LocalPlatform services = LocalPlatform.start(config, false)) {
            // first start creates the demo tenants; the measured starts find every schema up to date
            WildFlyServer.start(config).close();
            Start before = measuredStarts(config);
            List<Long> creations = new ArrayList<>();
            try (WildFlyServer server = WildFlyServer.start(config)) {
                String token = token(config);
                long tokenAt = System.nanoTime();
                String run = Long.toString(System.currentTimeMillis() % 100_000, 36);
                for (int i = 1; i <= n; i++) {
                    if (System.nanoTime() - tokenAt > 120_000_000_000L) {
                        token = token(config);
                        tokenAt = System.nanoTime();
                    }
                    long t0 = System.nanoTime();
                    create(config, token, String.format("bench-%s-%04d", run, i), i);
                    creations.add((System.nanoTime() - t0) / 1_000_000);
                    if (i % 10 == 0) {
                        System.out.printf(Locale.ROOT, "  created %d/%d tenants%n", i, n);
                    }
                }
            }
            Start after = measuredStarts(config);
            report(n, creations, before, after);
        }
    }

    /** Median of a few starts (one start is noisy on 2 cores), with the heap of the last. */
    private static Start measuredStarts(PlatformConfig config) throws Exception {
        int runs = Integer.getInteger("bench.starts", 3);
        List<Long> millis = new ArrayList<>();
        long heap = 0;
        for (int i = 0; i < runs; i++) {
            long launched = System.nanoTime();
            try (WildFlyServer server = WildFlyServer.start(config)) {
                millis.add((System.nanoTime() - launched) / 1_000_000);
                heap = heapAfterGc(javaPid(server));
            }
        }
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "  start-up times (ms): %s%n", millis);
        return new Start(millis.get(millis.size() / 2), heap);
    }

    private static void report(int n, List<Long> creations, Start before, Start after) {
        List<Long> sorted = new ArrayList<>(creations);
        Collections.sort(sorted);
        double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0);
        System.out.println();
        System.out.println("=== Tenant benchmark results ===");
        System.out.printf(Locale.ROOT, "tenant creation (n=%d): mean %.0f ms, p50 %d ms, p95 %d ms, max %d ms%n",
                n, mean, pct(sorted, 50), pct(sorted, 95), sorted.get(sorted.size() - 1));
        System.out.printf(Locale.ROOT, "server start-up (median), 4 demo tenants up to date:   %6d ms, heap after GC %7d KB%n",
                before.millis(), before.heapKb());
        System.out.printf(Locale.ROOT, "server start-up (median), %d tenants up to date:     %6d ms, heap after GC %7d KB%n",
                n + 4, after.millis(), after.heapKb());
        System.out.printf(Locale.ROOT, "start-up growth per tenant: %.1f ms; heap growth per tenant: %.1f KB%n",
                (after.millis() - before.millis()) / (double) n, (after.heapKb() - before.heapKb()) / (double) n);
        System.out.println("targets: creation <= 2000 ms, start-up with 100 tenants <= 20000 ms, heap <= 100 KB/tenant");
    }

    private static long pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static void create(PlatformConfig config, String token, String code, int i) throws Exception {
        LocalDate birth = LocalDate.of(1975, 1, 1).plusDays(i * 7L);
        String nip = String.format("%04d%02d%02d2010%02d%d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), 1 + i % 12, 1 + i % 2, 1 + i % 999);
        String body = Json.createObjectBuilder()
                .add("code", code)
                .add("name", "Instansi Benchmark " + code)
                .add("adminNip", nip)
                .add("adminName", "Admin Benchmark " + i)
                .add("adminEmail", "admin@" + code + ".bench.ekinerja.id")
                .build().toString();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(config.publicUrl() + "/api/platform/tenants"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("creating " + code + " failed: HTTP " + response.statusCode() + " "
                    + response.body());
        }
    }

    static String token(PlatformConfig config) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=" + PlatformConfig.WEB_CLIENT_ID
                + "&scope=openid&username=" + URLEncoder.encode(DemoAccounts.PLATFORM_ADMIN_USERNAME, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(DemoAccounts.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(config.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token request failed: HTTP " + response.statusCode() + " " + response.body());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject json = reader.readObject();
            return json.getString("access_token");
        }
    }

    /** The server's JVM (standalone.sh forks it). */
    public static long javaPid(WildFlyServer server) {
        return server.pids().stream()
                .filter(pid -> ProcessHandle.of(pid).flatMap(h -> h.info().command()).map(c -> c.endsWith("java")).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("no java process among " + server.pids()));
    }

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    /** Heap in use after a full collection, from {@code jcmd GC.heap_info}. */
    private static long heapAfterGc(long pid) throws Exception {
        run("jcmd", Long.toString(pid), "GC.run");
        String info = run("jcmd", Long.toString(pid), "GC.heap_info");
        Matcher m = USED.matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("unexpected GC.heap_info output: " + info);
        }
        return Long.parseLong(m.group(1));
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
