package id.ekinerja.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ekinerja.runtime.EmbeddedDatabase;
import id.ekinerja.runtime.PlatformConfig;
import id.ekinerja.tenantconfig.DemoAccounts;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Fault drill: PostgreSQL stopped and started again (same port, same data) while readers and a writer keep
 * calling the running platform, and a signed-in user opens a page during the outage. The platform must
 * recover by itself within 10 s of the database being back (no stale pooled connection reaching a request),
 * every request during the outage must get the clear "try again" answer (503, never a stack trace or a
 * generic 500), and every write the platform acknowledged must still be there afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseOutageIT extends BrowserTestBase {
    private static final String RATNA = "198511172009042001";
    private static final String WRITER_TENANT = "pa-ponorogo";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private record Outcome(String kind, long start, long end, int status, String error) {
        boolean ok() {
            return status == 200;
        }

        boolean tryAgain() {
            return status == 503 && "api.unavailable".equals(error);
        }
    }

    @Test
    void theDatabaseRestartsUnderLoadAndThePlatformRecoversWithinTenSeconds() throws Exception {
        EmbeddedDatabase db = TestPlatformListener.platform().database().orElseThrow();
        String readerToken = token(RATNA);
        String adminToken = token("platform.admin");
        long auditBefore = auditRows(db);
        Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger acknowledgedWrites = new AtomicInteger();
        List<Thread> load = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            load.add(started(() -> {
                while (running.get()) {
                    outcomes.add(call("read", HttpRequest.newBuilder(URI.create(url("/api/t/kpu-dki/pegawai/" + RATNA)))
                            .header("Authorization", "Bearer " + readerToken).GET()));
                }
            }));
        }
        load.add(started(() -> {
            boolean suspend = true;
            while (running.get()) {
                Outcome o = call("write", HttpRequest.newBuilder(URI.create(url("/api/platform/tenants/" + WRITER_TENANT
                        + "/" + (suspend ? "suspend" : "resume")))).header("Authorization", "Bearer " + adminToken)
                        .POST(HttpRequest.BodyPublishers.noBody()));
                outcomes.add(o);
                if (o.ok()) {
                    acknowledgedWrites.incrementAndGet();
                    suspend = !suspend;
                }
                sleep(50);
            }
        }));

        String pageDuringOutage;
        long stopped;
        long started;
        try (Browser browser = new Browser()) {
            browser.open(url("/t/kpu-dki/"));
            browser.signIn(RATNA, DemoAccounts.PASSWORD);
            sleep(3000);
            long t0 = System.nanoTime();
            db.stopServer();
            stopped = System.nanoTime();
            browser.open(url("/t/kpu-dki/skp/my.xhtml"));
            pageDuringOutage = browser.text(By.tagName("body"));
            sleep(Math.max(0, 3000 - (System.nanoTime() - stopped) / 1_000_000));
            db.startServer();
            started = System.nanoTime();
            System.out.printf("[drill] PostgreSQL stopped in %d ms, down for %d ms%n",
                    (stopped - t0) / 1_000_000, (started - stopped) / 1_000_000);
            sleep(12_000);
            running.set(false);
            for (Thread t : load) {
                t.join(30_000);
            }
            browser.open(url("/t/kpu-dki/skp/my.xhtml"));
            assertFalse(browser.text(By.tagName("body")).contains("coba lagi"), "the page works again");
        } finally {
            running.set(false);
            resume(adminToken);
        }

        long lastFailure = outcomes.stream().filter(o -> !o.ok()).mapToLong(Outcome::end).max().orElse(started);
        long firstReadOk = outcomes.stream().filter(o -> o.ok() && o.kind().equals("read") && o.start() >= started)
                .mapToLong(Outcome::end).min().orElse(Long.MAX_VALUE);
        long firstWriteOk = outcomes.stream().filter(o -> o.ok() && o.kind().equals("write") && o.start() >= started)
                .mapToLong(Outcome::end).min().orElse(Long.MAX_VALUE);
        List<Outcome> unclear = outcomes.stream().filter(o -> !o.ok() && !o.tryAgain()).toList();
        long failed = outcomes.stream().filter(o -> !o.ok()).count();
        long recoveryMs = Math.max(0, (lastFailure - started) / 1_000_000);
        System.out.printf("[drill] requests %d, failed %d (all 'try again' 503: %s), first read OK %d ms and first"
                        + " write OK %d ms after PostgreSQL was back, last failure %d ms after it was back%n",
                outcomes.size(), failed, unclear.isEmpty(), (firstReadOk - started) / 1_000_000,
                (firstWriteOk - started) / 1_000_000, recoveryMs);
        System.out.println("[drill] page during the outage: " + pageDuringOutage.replace('\n', ' '));

        assertTrue(unclear.isEmpty(), "every failure says 'try again': " + unclear.stream().limit(5).toList());
        assertTrue(failed > 0, "the drill did cut the database while requests ran");
        assertTrue(recoveryMs <= 10_000, "recovered within 10 s: " + recoveryMs + " ms");
        assertTrue(firstReadOk != Long.MAX_VALUE && firstWriteOk != Long.MAX_VALUE, "reads and writes work again");
        assertTrue(pageDuringOutage.contains("coba lagi"), pageDuringOutage);
        long stored = auditRows(db) - auditBefore;
        assertTrue(stored >= acknowledgedWrites.get(), "every acknowledged write is stored: " + stored + " rows for "
                + acknowledgedWrites.get() + " acknowledged");
    }

    private Outcome call(String kind, HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(20)).header("Accept", "application/json")
                    .build(), HttpResponse.BodyHandlers.ofString());
            String error = null;
            if (r.statusCode() != 200) {
                try {
                    error = Json.createReader(new StringReader(r.body())).readObject().getString("error", r.body());
                } catch (RuntimeException notJson) {
                    error = "not JSON: " + r.body().substring(0, Math.min(200, r.body().length()));
                }
            }
            return new Outcome(kind, start, System.nanoTime(), r.statusCode(), error);
        } catch (Exception e) {
            return new Outcome(kind, start, System.nanoTime(), -1, e.toString());
        }
    }

    private void resume(String adminToken) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/platform/tenants/" + WRITER_TENANT
                + "/resume"))).header("Authorization", "Bearer " + adminToken).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
    }

    private static long auditRows(EmbeddedDatabase db) throws Exception {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM platform.platform_audit WHERE tenant_code = ? AND action IN ('SUSPENDED', 'RESUMED')")) {
            ps.setString(1, WRITER_TENANT);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String token(String username) throws Exception {
        PlatformConfig config = PlatformConfig.fromSystemProperties();
        String form = "grant_type=password&client_id=" + PlatformConfig.WEB_CLIENT_ID
                + "&scope=" + URLEncoder.encode("openid organization:*", StandardCharsets.UTF_8)
                + "&username=" + username + "&password=" + URLEncoder.encode(DemoAccounts.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(config.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject().getString("access_token");
    }

    private static Thread started(Runnable work) {
        Thread t = new Thread(work, "drill-load");
        t.start();
        return t;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
