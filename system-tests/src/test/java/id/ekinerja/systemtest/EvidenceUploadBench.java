package id.ekinerja.systemtest;

import id.ekinerja.tenantconfig.DemoAccounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Evidence upload throughput through the real HTTP endpoint ({@code POST /t/kpu-dki/pelaksanaan/bukti}: OIDC
 * session, tenant filter, multipart, content check, SHA-256, bytea insert and commit in PostgreSQL) against a
 * plain file copy of the same bytes on the same machine ({@code Files.copy}, and the same with an fsync, which
 * is what a database commit pays). Rizal Maulana (kpu-dki) gets an approved SKP through the pages first.
 * Not part of {@code mvn verify}: {@code -Pbench-evidence [-Dbench.evidence.runs=200x1,20x10]} (count x MB).
 * Prints MB/s; asserts only that every upload was accepted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvidenceUploadBench extends BrowserTestBase {
    private static final int MB = 1024 * 1024;

    @Test
    void uploadThroughputAgainstAFileCopy() throws Exception {
        String runs = System.getProperty("bench.evidence.runs", "200x1,20x10");
        StringBuilder report = new StringBuilder("\n==== evidence upload benchmark (MB = 2^20 bytes) ====\n");
        try (Browser rizal = new Browser(); Browser ahmad = new Browser()) {
            rizal.open(url("/t/kpu-dki/skp/my.xhtml"));
            rizal.signIn(PelaksanaanBrowserIT.RIZAL, DemoAccounts.PASSWORD);
            ahmad.open(url("/t/kpu-dki/skp/inbox.xhtml"));
            ahmad.signIn(PelaksanaanBrowserIT.AHMAD, DemoAccounts.PASSWORD);
            PelaksanaanBrowserIT.ensureApprovedSkp(this, rizal, ahmad, PelaksanaanBrowserIT.RIZAL);
            rizal.open(url("/t/kpu-dki/pelaksanaan/my.xhtml"));
            WebElement rhk = rizal.waitFor(By.id("rhk-id-0"));
            String rhkId = rhk.getAttribute("data-rhk");
            String windowId = rhk.getAttribute("data-window");
            String cookies = rizal.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                    .collect(Collectors.joining("; "));
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            String endpoint = url("/t/kpu-dki/pelaksanaan/bukti");
            Path dir = Files.createTempDirectory("evidence-bench");
            // warm-up: class loading, JIT, connection pool
            for (int i = 0; i < 5; i++) {
                upload(client, endpoint, cookies, rhkId, windowId, pdf(MB, i));
            }
            for (String run : runs.split(",")) {
                String[] p = run.strip().split("x");
                int count = Integer.parseInt(p[0]);
                int size = Integer.parseInt(p[1]) * MB;
                List<byte[]> files = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    files.add(pdf(size, 1000 + i));
                }
                double total = (double) count * size / MB;

                long t0 = System.nanoTime();
                for (byte[] f : files) {
                    upload(client, endpoint, cookies, rhkId, windowId, f);
                }
                double seq = (System.nanoTime() - t0) / 1e9;

                ExecutorService pool = Executors.newFixedThreadPool(4);
                long t1 = System.nanoTime();
                List<Future<?>> done = new ArrayList<>();
                for (byte[] f : files) {
                    byte[] unique = f.clone();
                    unique[12] ^= 1; // a different file (the comment line), same size
                    done.add(pool.submit(() -> {
                        upload(client, endpoint, cookies, rhkId, windowId, unique);
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
                double par = (System.nanoTime() - t1) / 1e9;
                pool.shutdown();

                List<Path> sources = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    Path s = dir.resolve("src-" + run + "-" + i);
                    Files.write(s, files.get(i));
                    sources.add(s);
                }
                long t2 = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    Files.copy(sources.get(i), dir.resolve("copy-" + run + "-" + i));
                }
                double copy = (System.nanoTime() - t2) / 1e9;
                long t3 = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    Path target = dir.resolve("sync-" + run + "-" + i);
                    Files.copy(sources.get(i), target);
                    try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE)) {
                        ch.force(true);
                    }
                }
                double copySync = (System.nanoTime() - t3) / 1e9;
                report.append(String.format(java.util.Locale.ROOT,
                        "%d x %d MB (%.0f MB): HTTP upload sequential %.1f MB/s (%.1f uploads/s, %.0f ms each) |"
                                + " HTTP upload 4 parallel %.1f MB/s | Files.copy %.1f MB/s | Files.copy+fsync %.1f MB/s%n",
                        count, size / MB, total, total / seq, count / seq, seq * 1000 / count, total / par,
                        total / copy, total / copySync));
                System.out.println(report);
                try (var s = Files.list(dir)) {
                    for (Path f : s.toList()) {
                        Files.delete(f);
                    }
                }
            }
        }
        System.out.println(report);
    }

    private static byte[] pdf(int size, int seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        byte[] head = ("%PDF-1.4\n% " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, b, 0, head.length);
        return b;
    }

    private static void upload(HttpClient client, String endpoint, String cookies, String rhk, String window, byte[] file)
            throws IOException, InterruptedException {
        String boundary = "----bench" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 1024);
        for (String[] field : new String[][] {{"rhk", rhk}, {"window", window}}) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                    + field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bukti.pdf\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Cookie", cookies).header("X-Ekinerja-Upload", "1")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new AssertionError("upload refused: " + r.statusCode() + " " + r.body());
        }
    }
}
