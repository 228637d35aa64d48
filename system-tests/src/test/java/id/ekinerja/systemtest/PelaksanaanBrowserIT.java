package id.ekinerja.systemtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ekinerja.tenantconfig.DemoAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Pelaksanaan in Chromium, in kpu-dki: Rizal Maulana (PPK Ahmad Fauzi Nasution) gets his 2026 SKP approved,
 * records a realisasi and uploads a PDF in the open fourth-quarter window; Ahmad opens him from his "Bawahan"
 * list, gives feedback on the RHK and downloads the file; Rizal sees the feedback. A colleague outside Rizal's
 * line is refused the file. (I Made Suardana, Ahmad's other staff member, is left to SkpBrowserIT, which starts
 * from his having no SKP.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PelaksanaanBrowserIT extends BrowserTestBase {
    static final String RIZAL = "199405212023211007";
    static final String AHMAD = "198002052005011003";
    private static final String YOHANES = "198806302014031004"; // PPK Siti: outside Rizal's line

    @Test
    void pegawaiRecordsRealisasiAndUploadsAPdfPpkGivesFeedbackAndDownloadsIt() throws Exception {
        String realisasi = "Memutakhirkan data pemilih di 3 kelurahan " + UUID.randomUUID().toString().substring(0, 8);
        String feedback = "Bagus; tambahkan berita acara per kelurahan " + UUID.randomUUID().toString().substring(0, 8);
        byte[] pdf = ("%PDF-1.4\n% " + UUID.randomUUID() + "\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        Path dir = Files.createTempDirectory("pel");
        dir.toFile().deleteOnExit(); // after the file: deleted in the reverse order of registration
        Path file = Files.write(dir.resolve("Berita acara pemutakhiran.pdf"), pdf);
        file.toFile().deleteOnExit();
        try (Browser rizal = new Browser(); Browser ahmad = new Browser(); Browser yohanes = new Browser()) {
            rizal.open(url("/t/kpu-dki/skp/my.xhtml"));
            rizal.signIn(RIZAL, DemoAccounts.PASSWORD);
            ahmad.open(url("/t/kpu-dki/skp/inbox.xhtml"));
            ahmad.signIn(AHMAD, DemoAccounts.PASSWORD);
            ensureApprovedSkp(this, rizal, ahmad, RIZAL);

            // Rizal records the work of the open window
            rizal.open(url("/t/kpu-dki/pelaksanaan/my.xhtml"));
            waitForText(rizal, By.id("window-state"), "sedang dibuka");
            rizal.waitFor(By.id("pel:rhk:0:realisasi")).sendKeys(realisasi);
            rizal.driver.findElement(By.id("pel:rhk:0:saveRealisasi")).click();
            waitForText(rizal, By.id("messages"), "Realisasi tersimpan");
            rizal.waitFor(By.id("pel:rhk:0:file")).sendKeys(file.toString());
            rizal.driver.findElement(By.id("pel:rhk:0:upload")).click();
            waitForText(rizal, By.id("messages"), "Berkas bukti dukung tersimpan");
            assertTrue(rizal.text(By.id("bukti-list-0")).contains("Berita acara pemutakhiran.pdf"));
            assertEquals(realisasi, rizal.waitFor(By.id("pel:rhk:0:realisasi")).getAttribute("value"));

            // a renamed executable is refused with the reason, and the realisasi typed before stays
            Path exe = file.resolveSibling("laporan.pdf");
            Files.write(exe, "MZ\u0090\u0000This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1));
            rizal.waitFor(By.id("pel:rhk:0:file")).sendKeys(exe.toString());
            rizal.driver.findElement(By.id("pel:rhk:0:upload")).click();
            waitForText(rizal, By.id("messages"), "program atau makro");
            assertEquals(1, rizal.driver.findElements(By.cssSelector("#bukti-list-0 a.bukti-file")).size(), "nothing stored");

            // Ahmad opens Rizal from his Bawahan list, reads the work, gives feedback and downloads the file
            ahmad.open(url("/t/kpu-dki/pelaksanaan/bawahan.xhtml"));
            ahmad.waitFor(By.id("pel-" + RIZAL)).click();
            waitForText(ahmad, By.id("realisasi-text-0"), realisasi);
            ahmad.waitFor(By.id("pel:rhk:0:fb")).sendKeys(feedback);
            ahmad.driver.findElement(By.id("pel:rhk:0:giveFeedback")).click();
            waitForText(ahmad, By.id("messages"), "Umpan balik terkirim");
            String href = ahmad.waitFor(By.cssSelector("#bukti-list-0 a.bukti-file")).getAttribute("href");
            HttpResponse<byte[]> download = download(ahmad, href);
            assertEquals(200, download.statusCode());
            assertArrayEquals(pdf, download.body());
            assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));

            // Rizal sees the feedback under his RHK
            rizal.open(url("/t/kpu-dki/pelaksanaan/my.xhtml"));
            waitForText(rizal, By.id("feedback-rhk-0"), feedback);

            // a colleague outside Rizal's line cannot fetch the file; nor can Ahmad through another agency's path
            yohanes.open(url("/t/kpu-dki/"));
            yohanes.signIn(YOHANES, DemoAccounts.PASSWORD);
            assertEquals(403, download(yohanes, href).statusCode());
            assertEquals(403, download(ahmad, href.replace("/t/kpu-dki/", "/t/bawaslu-lebong/")).statusCode());
        }
    }

    /**
     * Brings the pegawai's 2026 SKP to "Disetujui" through the pages, from none or a submitted one: the pegawai
     * drafts one RHK that intervenes the PPK's first RHK and submits, the PPK approves from the inbox.
     */
    static void ensureApprovedSkp(BrowserTestBase test, Browser pegawai, Browser ppk, String nip) {
        pegawai.open(test.url("/t/kpu-dki/skp/my.xhtml"));
        pegawai.waitFor(By.id("nav-home"));
        if (!pegawai.driver.findElements(By.id("startForm:start")).isEmpty()) {
            pegawai.driver.findElement(By.id("startForm:start")).click();
            pegawai.waitFor(By.id("skpForm:addUtama")).click();
            pegawai.waitFor(By.id("skpForm:utama:0:rhkText")).sendKeys("Termutakhirkannya data pemilih di wilayah kerja");
            new Select(pegawai.driver.findElement(By.id("skpForm:utama:0:intervensi"))).selectByIndex(1);
            new Select(pegawai.driver.findElement(By.id("skpForm:utama:0:iki:0:aspek"))).selectByValue("KUANTITAS");
            pegawai.driver.findElement(By.id("skpForm:utama:0:iki:0:indicator")).sendKeys("Jumlah kelurahan dimutakhirkan");
            pegawai.driver.findElement(By.id("skpForm:utama:0:iki:0:targetValue")).sendKeys("12");
            pegawai.driver.findElement(By.id("skpForm:utama:0:iki:0:unit")).sendKeys("kelurahan");
            pegawai.driver.findElement(By.id("skpForm:dukungan")).sendKeys("Aplikasi Sidalih");
            pegawai.driver.findElement(By.id("skpForm:skema")).sendKeys("Laporan bulanan");
            pegawai.driver.findElement(By.id("skpForm:konsekuensi")).sendKeys("Pembinaan");
            pegawai.driver.findElement(By.id("skpForm:submit")).click();
            waitForText(pegawai, By.id("skp-status"), "Diajukan");
        }
        if (pegawai.text(By.id("skp-status")).contains("Disetujui")) {
            return;
        }
        ppk.open(test.url("/t/kpu-dki/skp/inbox.xhtml"));
        ppk.waitFor(By.id("open-" + nip)).click();
        ppk.waitFor(By.id("reviewForm:approve")).click();
        waitForText(ppk, By.id("skp-doc-status"), "Disetujui");
    }

    static void waitForText(Browser b, By by, String text) {
        try {
            new WebDriverWait(b.driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        } catch (org.openqa.selenium.TimeoutException e) {
            String page = b.driver.findElement(By.tagName("body")).getText();
            throw new AssertionError("Expected '" + text + "' in " + by + " at " + b.driver.getCurrentUrl() + "; the page shows: "
                    + page.substring(0, Math.min(page.length(), 3000)), e);
        }
    }

    /** Fetches a URL with the browser's session cookies, as a click on the download link would. */
    static HttpResponse<byte[]> download(Browser b, String url) throws Exception {
        String cookies = b.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).header("Accept-Language", "id,en")
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
