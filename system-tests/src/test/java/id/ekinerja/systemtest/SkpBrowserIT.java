package id.ekinerja.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ekinerja.tenantconfig.DemoAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole SKP path in Chromium, as two people do it in kpu-dki: I Made Suardana drafts and submits, his PPK
 * Ahmad Fauzi Nasution returns it with a reason, Made fixes and resubmits, Ahmad writes an ekspektasi khusus
 * and approves, and the PDF downloads with the RHK text in it. Ahmad's 2026 SKP is approved at demo start.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SkpBrowserIT extends BrowserTestBase {
    private static final String MADE = "198703142011011005";
    private static final String AHMAD = "198002052005011003";

    @Test
    void pegawaiDraftsAndSubmitsPpkReturnsPegawaiFixesAndResubmitsPpkApprovesAndThePdfHasTheRhk() throws Exception {
        String rhkText = "Tersusunnya laporan pemutakhiran data pemilih " + UUID.randomUUID().toString().substring(0, 8);
        String reason = "Target laporan terlalu rendah, naikkan menjadi 24";
        try (Browser made = new Browser(); Browser ahmad = new Browser()) {
            // Made drafts
            made.open(url("/t/kpu-dki/skp/my.xhtml"));
            made.signIn(MADE, DemoAccounts.PASSWORD);
            made.waitFor(By.id("startForm:start")).click();
            made.waitFor(By.id("skpForm:addUtama")).click();
            made.waitFor(By.id("skpForm:utama:0:rhkText")).sendKeys(rhkText);
            Select intervensi = new Select(made.driver.findElement(By.id("skpForm:utama:0:intervensi")));
            assertTrue(intervensi.getOptions().size() > 1, "the picker offers the PPK's approved RHK");
            intervensi.selectByIndex(1);
            new Select(made.driver.findElement(By.id("skpForm:utama:0:iki:0:aspek"))).selectByValue("KUANTITAS");
            made.driver.findElement(By.id("skpForm:utama:0:iki:0:indicator")).sendKeys("Jumlah laporan pemutakhiran");
            made.driver.findElement(By.id("skpForm:utama:0:iki:0:targetValue")).sendKeys("12 laporan");
            made.driver.findElement(By.id("skpForm:utama:0:iki:0:unit")).sendKeys("laporan");
            made.driver.findElement(By.id("skpForm:dukungan")).sendKeys("Aplikasi Sidalih dan data kependudukan");
            // a target that is not a number: a message in Bahasa Indonesia naming the field, the field marked, and
            // everything typed still in the form
            made.driver.findElement(By.id("skpForm:save")).click();
            waitForText(made, By.id("messages"), "Target: \"12 laporan\" bukan angka yang sah");
            WebElement wrong = made.waitFor(By.id("skpForm:utama:0:iki:0:targetValue"));
            assertTrue(wrong.getAttribute("class").contains("ui-state-error"), wrong.getAttribute("class"));
            assertEquals(rhkText, made.driver.findElement(By.id("skpForm:utama:0:rhkText")).getAttribute("value"));
            assertEquals("Aplikasi Sidalih dan data kependudukan",
                    made.driver.findElement(By.id("skpForm:dukungan")).getAttribute("value"));
            wrong.clear();
            wrong.sendKeys("12");
            made.driver.findElement(By.id("skpForm:skema")).sendKeys("Laporan bulanan kepada Kepala Bagian");
            made.driver.findElement(By.id("skpForm:konsekuensi")).sendKeys("Pembinaan bila target tidak tercapai");
            assertTrue(made.text(By.id("perilaku-preview")).contains("Berorientasi Pelayanan"));
            made.driver.findElement(By.id("skpForm:submit")).click();
            waitForText(made, By.id("skp-status"), "Diajukan");
            waitForText(made, By.id("messages"), "SKP diajukan kepada PPK"); // the message outlives the redirect
            // submitting ends in a redirect (post-redirect-get): refreshing the page repeats nothing and says nothing
            made.driver.navigate().refresh();
            waitForText(made, By.id("skp-status"), "Diajukan");
            assertTrue(made.driver.findElements(By.id("messages")).stream().noneMatch(m -> m.getText().contains("diajukan")),
                    "no message after a refresh");
            assertTrue(made.driver.findElements(By.id("skpForm:submit")).isEmpty(), "a submitted SKP is read-only");
            assertTrue(made.text(By.id("skp-hasil-kerja")).contains(rhkText), "the read-only document is shown");

            // Ahmad returns it with a reason
            ahmad.open(url("/t/kpu-dki/skp/inbox.xhtml"));
            ahmad.signIn(AHMAD, DemoAccounts.PASSWORD);
            ahmad.waitFor(By.id("open-" + MADE)).click();
            assertTrue(ahmad.text(By.id("skp-hasil-kerja")).contains(rhkText));
            assertEquals("I Made Suardana", ahmad.text(By.id("doc-pegawai-name")));
            ahmad.waitFor(By.id("reviewForm:reason")).sendKeys(reason);
            ahmad.driver.findElement(By.id("reviewForm:return")).click();
            waitForText(ahmad, By.id("skp-doc-status"), "Dikembalikan");
            String reviewUrl = ahmad.driver.getCurrentUrl();

            // Made sees the reason, fixes the target and resubmits
            made.open(url("/t/kpu-dki/skp/my.xhtml"));
            assertEquals(reason, made.text(By.id("return-reason")));
            WebElement target = made.waitFor(By.id("skpForm:utama:0:iki:0:targetValue"));
            target.clear();
            target.sendKeys("24");
            made.driver.findElement(By.id("skpForm:submit")).click();
            waitForText(made, By.id("skp-status"), "Diajukan");

            // Ahmad writes an ekspektasi khusus and approves
            ahmad.open(reviewUrl.contains("id=") ? reviewUrl : url("/t/kpu-dki/skp/inbox.xhtml"));
            if (!reviewUrl.contains("id=")) {
                ahmad.waitFor(By.id("open-" + MADE)).click();
            }
            assertTrue(ahmad.text(By.id("skp-hasil-kerja")).contains("24 laporan"));
            ahmad.waitFor(By.id("reviewForm:perilakuRows:1:eks")).sendKeys("Laporan tepat waktu dan dapat dipertanggungjawabkan");
            ahmad.driver.findElement(By.id("reviewForm:approve")).click();
            waitForText(ahmad, By.id("skp-doc-status"), "Disetujui");
            assertTrue(ahmad.text(By.id("skp-perilaku")).contains("Laporan tepat waktu dan dapat dipertanggungjawabkan"));

            // Ahmad's Matriks Peran Hasil shows Made's RHK under the RHK it intervenes
            ahmad.open(url("/t/kpu-dki/skp/matrix.xhtml"));
            String matrix = ahmad.text(By.id("matrix"));
            assertTrue(matrix.contains("I Made Suardana") && matrix.contains(rhkText), matrix);

            // Made sees it approved and read-only, and downloads the PDF
            made.open(url("/t/kpu-dki/skp/my.xhtml"));
            waitForText(made, By.id("skp-status"), "Disetujui");
            assertTrue(made.driver.findElements(By.id("skpForm:submit")).isEmpty(), "an approved SKP is read-only");
            String pdfUrl = made.waitFor(By.id("pdf-link")).getAttribute("href");
            HttpResponse<byte[]> pdf = download(made, pdfUrl);
            assertEquals(200, pdf.statusCode());
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            try (PDDocument doc = Loader.loadPDF(pdf.body())) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertTrue(text.contains("SASARAN KINERJA PEGAWAI"), text);
                assertTrue(text.contains(rhkText.substring(0, 30)), text);
                assertTrue(text.contains("I Made Suardana"), text);
                assertTrue(text.contains("Ahmad Fauzi Nasution"), text);
                assertTrue(text.contains("24 laporan"), text);
            }

            // Made starts revision 2: the page opens again as the editor, holding the approved content
            made.waitFor(By.id("reviseForm:revise")).click();
            waitForText(made, By.id("skp-status"), "Draf");
            waitForText(made, By.id("messages"), "Revisi 2 dibuat");
            assertEquals(rhkText, made.waitFor(By.id("skpForm:utama:0:rhkText")).getAttribute("value"));

            // Ahmad's browser session cannot fetch the PDF of another tenant's path
            HttpResponse<byte[]> foreign = download(ahmad, pdfUrl.replace("/t/kpu-dki/", "/t/bawaslu-lebong/"));
            assertEquals(403, foreign.statusCode());
        }
    }

    @Test
    void adminOpensAPeriodSeesTheWaitingChainAndAPegawaiSeesWhomTheyWaitFor() throws Exception {
        try (Browser admin = new Browser(); Browser dimas = new Browser()) {
            // pa-ponorogo: Sri Wahyuningsih (admin instansi) opens 2027; nobody has an approved 2027 SKP yet
            admin.open(url("/t/pa-ponorogo/skp/periods.xhtml"));
            admin.signIn("198104212006042004", DemoAccounts.PASSWORD);
            WebElement year = admin.waitFor(By.id("periodForm:year"));
            year.clear();
            year.sendKeys("2027");
            admin.driver.findElement(By.id("periodForm:open")).click();
            waitForText(admin, By.id("periodForm:periods"), "2027");
            waitForText(admin, By.id("messages"), "Periode 2027 dibuka");

            admin.open(url("/t/pa-ponorogo/skp/waiting-chain.xhtml?year=2027"));
            String chain = admin.text(By.id("chain"));
            assertTrue(chain.contains("Sri Wahyuningsih") && chain.contains("Bambang Sutrisno"), chain);
            assertTrue(chain.contains("Dimas Aditya Pratama"), chain);

            // the admin's inbox holds the top leader's SKP, recorded on behalf of his superior outside the agency
            admin.menu("nav-inbox").click();
            String inbox = admin.text(By.id("inbox"));
            assertTrue(inbox.contains("Bambang Sutrisno") && inbox.contains("atas nama atasan di luar instansi"), inbox);

            // Dimas (PPK Sri) sees whom he waits for: Sri, who waits for Bambang
            dimas.open(url("/t/pa-ponorogo/skp/my.xhtml"));
            dimas.signIn("199611302020121002", DemoAccounts.PASSWORD);
            String waiting = dimas.text(By.id("waiting-for"));
            assertTrue(waiting.contains("Sri Wahyuningsih") && waiting.contains("Bambang Sutrisno"), waiting);

            // the period page is for admins only
            dimas.open(url("/t/pa-ponorogo/skp/periods.xhtml"));
            assertTrue(dimas.driver.findElements(By.id("periodForm:open")).isEmpty());
        }
    }

    @Test
    void theSecondOfTwoPeopleSavingTheSameSkpGetsAConflictMessageAndNothingIsOverwritten() throws Exception {
        String wulan = "199310022015032004"; // kpu-dki, PPK = Ahmad
        try (Browser first = new Browser(); Browser second = new Browser()) {
            first.open(url("/t/kpu-dki/skp/my.xhtml"));
            first.signIn(wulan, DemoAccounts.PASSWORD);
            first.waitFor(By.id("startForm:start")).click();
            first.waitFor(By.id("skpForm:addUtama"));
            // the same SKP opened a second time (another tab, or a colleague at the same account) at the same version
            second.open(url("/t/kpu-dki/skp/my.xhtml"));
            second.signIn(wulan, DemoAccounts.PASSWORD);
            second.waitFor(By.id("skpForm:addTambahan")).click();
            second.waitFor(By.id("skpForm:tambahan:0:rhkText")).sendKeys("Versi dari tab kedua");
            second.driver.findElement(By.id("skpForm:tambahan:0:iki:0:indicator")).sendKeys("Jumlah kegiatan");

            first.driver.findElement(By.id("skpForm:addUtama")).click();
            first.waitFor(By.id("skpForm:utama:0:rhkText")).sendKeys("Versi dari tab pertama");
            first.driver.findElement(By.id("skpForm:utama:0:iki:0:indicator")).sendKeys("Jumlah dokumen");
            first.driver.findElement(By.id("skpForm:save")).click();
            waitForText(first, By.id("messages"), "SKP tersimpan");

            second.driver.findElement(By.id("skpForm:save")).click();
            waitForText(second, By.id("messages"), "telah diubah oleh orang lain");

            second.open(url("/t/kpu-dki/skp/my.xhtml"));
            assertEquals("Versi dari tab pertama", second.waitFor(By.id("skpForm:utama:0:rhkText")).getAttribute("value"));
            assertTrue(second.driver.findElements(By.id("skpForm:tambahan:0:rhkText")).isEmpty(), "the second save changed nothing");
        }
    }

    @Test
    void anOldTabStillSavesAndAFormWhoseStateCannotBeReadIsReopenedWithAMessageAndChangesNothing() throws Exception {
        String agus = "198608042010121001"; // pa-ponorogo, PPK = Sri; used by no other test
        try (Browser b = new Browser()) {
            b.open(url("/t/pa-ponorogo/skp/my.xhtml"));
            b.signIn(agus, DemoAccounts.PASSWORD);
            b.waitFor(By.id("startForm:start")).click();
            b.waitFor(By.id("skpForm:addTambahan")).click();
            b.waitFor(By.id("skpForm:tambahan:0:rhkText")).sendKeys("Ditulis di tab yang lama");
            b.driver.findElement(By.id("skpForm:tambahan:0:iki:0:indicator")).sendKeys("Jumlah laporan");

            // nine more pages opened with the same session (other tabs): the page's state travels with the page,
            // so the first tab is still good
            for (int i = 0; i < 9; i++) {
                HttpResponse<byte[]> other = download(b, url("/t/pa-ponorogo/skp/my.xhtml"));
                assertEquals(200, other.statusCode());
            }
            b.driver.findElement(By.id("skpForm:save")).click();
            waitForText(b, By.id("messages"), "SKP tersimpan");
            assertEquals("Ditulis di tab yang lama", b.waitFor(By.id("skpForm:tambahan:0:rhkText")).getAttribute("value"));

            // a page whose state the server can no longer read (as after a restart: the signature's key is made at
            // start-up), here altered in the browser: the save is not carried out, the page reopens with a message
            b.waitFor(By.id("skpForm:tambahan:0:rhkText")).sendKeys(" lalu diubah");
            ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript(
                    "var s = document.querySelector('#skpForm input[name=\"skpPage\"]');"
                    + "var i = Math.floor(s.value.length / 2), c = s.value.charAt(i);"
                    + "s.value = s.value.substring(0, i) + (c === 'A' ? 'B' : 'A') + s.value.substring(i + 1);");
            b.driver.findElement(By.id("skpForm:save")).click();
            waitForText(b, By.id("page-expired"), "kedaluwarsa");
            assertTrue(b.driver.getCurrentUrl().contains("/t/pa-ponorogo/skp/my.xhtml"), b.driver.getCurrentUrl());
            assertEquals("Ditulis di tab yang lama", b.waitFor(By.id("skpForm:tambahan:0:rhkText")).getAttribute("value"),
                    "the unreadable save stored nothing");
            assertTrue(b.driver.findElements(By.className("error-page")).isEmpty());

            // the editor's form posted without its state at all: refused alike (a save needs the version it was loaded at)
            b.waitFor(By.id("skpForm:tambahan:0:rhkText")).sendKeys(" tanpa status");
            ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript(
                    "document.querySelector('#skpForm input[name=\"skpPage\"]').remove();");
            WebElement shown = b.driver.findElement(By.id("page-expired"));
            b.driver.findElement(By.id("skpForm:save")).click();
            new WebDriverWait(b.driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(shown));
            waitForText(b, By.id("page-expired"), "kedaluwarsa");
            assertTrue(b.driver.findElements(By.id("messages")).stream().noneMatch(m -> m.getText().contains("SKP tersimpan")),
                    "not saved");
            assertEquals("Ditulis di tab yang lama", b.waitFor(By.id("skpForm:tambahan:0:rhkText")).getAttribute("value"),
                    "the save without its state stored nothing");

            // the reopened page works: the text saved now is kept
            b.waitFor(By.id("skpForm:tambahan:0:rhkText")).clear();
            b.driver.findElement(By.id("skpForm:tambahan:0:rhkText")).sendKeys("Disimpan setelah dimuat ulang");
            b.driver.findElement(By.id("skpForm:save")).click();
            waitForText(b, By.id("messages"), "SKP tersimpan");
            b.open(url("/t/pa-ponorogo/skp/my.xhtml"));
            assertEquals("Disimpan setelah dimuat ulang", b.waitFor(By.id("skpForm:tambahan:0:rhkText")).getAttribute("value"));
        }
    }

    private static void waitForText(Browser b, By by, String text) {
        try {
            new WebDriverWait(b.driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        } catch (org.openqa.selenium.TimeoutException e) {
            String page = b.driver.findElement(By.tagName("body")).getText();
            throw new AssertionError("Expected '" + text + "' in " + by + " at " + b.driver.getCurrentUrl() + "; the page shows: "
                    + page.substring(0, Math.min(page.length(), 2000)), e);
        }
    }

    /** Fetches a URL with the browser's session cookies, as a click on the download link would. */
    private static HttpResponse<byte[]> download(Browser b, String url) throws Exception {
        String cookies = b.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).header("Accept-Language", "id,en").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

}
