package id.ekinerja.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ekinerja.tenantconfig.DemoAccounts;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Penilaian in Chromium, in kpu-dki's unit teknis-parmas made a unit of six (head Ahmad Fauzi Nasution and five
 * staff; two added by the test-support servlet). The leader above (Hendra Simanjuntak) sets the organisation
 * predikat Baik and rates Ahmad's perilaku kerja; Ahmad rates his five staff all Baik, finalising is refused with
 * the violated curve rules, he re-rates two of them, finalises the quarter; then the annual evaluation with the
 * quarter's results shown, and I Made Suardana downloads his Dokumen Evaluasi Kinerja Pegawai as PDF.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PenilaianBrowserIT {
    private static final String T = "/t/kpu-dki/";
    private static final String HENDRA = "197104121998031002";
    private static final String AHMAD = "198002052005011003";
    private static final String MADE = "198703142011011005";
    private static final List<String> STAFF = List.of("199001012015031001", "199202022016042002", MADE,
            "199405212023211007", "199310022015032004"); // Bayu, Citra, Made, Rizal, Wulan

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ekinerja(PenilaianSetupServlet.class, PenilaianProbe.class, PenilaianProbe.Team.class,
                TestNips.class);
    }

    @ArquillianResource
    URL base;

    String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    @Test
    void aUnitOfSixIsEvaluatedForAQuarterAndTheYearAndTheDekpDownloads() throws Exception {
        String quarter = setup("setup");
        try (Browser hendra = new Browser(); Browser ahmad = new Browser(); Browser made = new Browser()) {
            // the leader above sets the unit's organisation predikat and rates its head (hasil kerja follows the unit)
            hendra.open(url(T + "penilaian/units.xhtml?window=" + quarter));
            hendra.signIn(HENDRA, DemoAccounts.PASSWORD);
            setUnitPredikat(hendra, "BAIK");
            assertTrue(hendra.text(By.id("rounding")).contains("dibulatkan ke bawah"));
            hendra.open(url(T + "penilaian/evaluate.xhtml?window=" + quarter));
            assertTrue(hendra.text(row(AHMAD)).contains("Baik"), "Ahmad's hasil kerja shows the unit predikat");
            rate(hendra, AHMAD, null, "SESUAI_EKSPEKTASI");

            // Ahmad rates five staff Baik: the curve for Baik is violated, finalising is refused with the reasons
            ahmad.open(url(T + "penilaian/evaluate.xhtml?window=" + quarter));
            ahmad.signIn(AHMAD, DemoAccounts.PASSWORD);
            for (String nip : STAFF) {
                rate(ahmad, nip, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
            }
            WebElement unit = ahmad.waitFor(By.id("unit-teknis-parmas"));
            assertEquals("6", unit.findElement(By.cssSelector("li.bar-BAIK")).getAttribute("data-count"));
            assertTrue(unit.findElement(By.cssSelector("table.curve-rules")).getText().contains("dilanggar"));
            unit.findElement(By.cssSelector("button[id$=':finalise']")).click();
            waitForText(ahmad, By.id("messages"), "tidak dapat difinalkan");
            String why = ahmad.text(By.id("messages"));
            assertTrue(why.contains("Baik paling banyak 70% (4 dari 6 pegawai), saat ini 6 pegawai"), why);
            assertTrue(why.contains("Butuh Perbaikan + Kurang/Misconduct paling sedikit 1 orang, saat ini 0"), why);

            // one above expectations, one below: 1 Sangat Baik, 4 Baik, 1 Butuh Perbaikan satisfies the curve
            rate(ahmad, STAFF.get(0), "DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI");
            rate(ahmad, STAFF.get(1), "DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI");
            ahmad.waitFor(By.id("unit-teknis-parmas")).findElement(By.cssSelector("button[id$=':finalise']")).click();
            waitForText(ahmad, By.id("messages"), "6 penilaian difinalkan");
            assertTrue(ahmad.text(row(MADE)).contains("Final"));
            assertTrue(ahmad.driver.findElements(By.cssSelector(rowCss(MADE) + " select[id$=':hasil']")).stream()
                    .allMatch(s -> !s.isEnabled()), "final results are read-only");

            // the annual window: a fresh judgement, with the quarter's result in view
            String year = setup("annual");
            hendra.open(url(T + "penilaian/units.xhtml?window=" + year));
            setUnitPredikat(hendra, "BAIK");
            hendra.open(url(T + "penilaian/evaluate.xhtml?window=" + year));
            rate(hendra, AHMAD, null, "SESUAI_EKSPEKTASI");
            ahmad.open(url(T + "penilaian/evaluate.xhtml?window=" + year));
            assertTrue(ahmad.text(row(MADE)).contains("Triwulan IV"), ahmad.text(row(MADE)));
            rate(ahmad, STAFF.get(0), "DI_BAWAH_EKSPEKTASI", "DI_ATAS_EKSPEKTASI"); // Butuh Perbaikan
            rate(ahmad, STAFF.get(1), "DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI");  // Sangat Baik
            for (String nip : STAFF.subList(2, 5)) {
                rate(ahmad, nip, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
            }
            ahmad.waitFor(By.id("unit-teknis-parmas")).findElement(By.cssSelector("button[id$=':finalise']")).click();
            waitForText(ahmad, By.id("messages"), "6 penilaian difinalkan");

            // Made sees his results (angka kredit of an Ahli Muda at Baik: 25 a year) and downloads the DEKP
            made.open(url(T + "penilaian/my.xhtml"));
            made.signIn(MADE, DemoAccounts.PASSWORD);
            String results = made.text(By.id("results"));
            assertTrue(results.contains("25.000") && results.contains("Tahunan"), results);
            List<WebElement> links = made.driver.findElements(By.cssSelector("a.dekp-link"));
            links.get(links.size() - 1).click();
            assertTrue(made.text(By.id("dekp-predikat")).contains("Baik"));
            assertTrue(made.driver.findElement(By.id("keberatanForm:reasons")).isDisplayed(), "keberatan open for 14 days");
            HttpResponse<byte[]> pdf = download(made, made.waitFor(By.id("pdf-link")).getAttribute("href"));
            assertEquals(200, pdf.statusCode());
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            try (PDDocument doc = Loader.loadPDF(pdf.body())) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertTrue(text.contains("Dokumen Evaluasi Kinerja Pegawai"), text);
                assertTrue(text.contains("I Made Suardana") && text.contains("Ahmad Fauzi Nasution"), text);
                assertTrue(text.contains("Hendra Simanjuntak"), text);
                assertTrue(text.contains("Tahunan") && text.contains("25.000"), text);
                assertTrue(text.contains("Triwulan IV"), text);
            }
        }
    }

    private String setup(String step) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/test-support/penilaian?step=" + step))).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body().trim();
    }

    private static void setUnitPredikat(Browser b, String predikat) {
        WebElement unit = b.waitFor(By.id("unit-teknis-parmas"));
        new Select(unit.findElement(By.cssSelector("select[id$=':orgPredikat']"))).selectByValue(predikat);
        unit.findElement(By.cssSelector("button[id$=':savePredikat']")).click();
        waitForText(b, By.id("messages"), "Predikat organisasi");
    }

    /** Rates one row and waits for the saved message; {@code hasil} null for a unit head (it follows the unit). */
    private static void rate(Browser b, String nip, String hasil, String perilaku) {
        b.waitFor(row(nip));
        if (hasil != null) {
            new Select(b.driver.findElement(By.cssSelector(rowCss(nip) + " select[id$=':hasil']"))).selectByValue(hasil);
        }
        new Select(b.driver.findElement(By.cssSelector(rowCss(nip) + " select[id$=':perilaku']"))).selectByValue(perilaku);
        b.driver.findElement(By.cssSelector(rowCss(nip) + " button[id$=':save']")).click();
        waitForText(b, By.id("messages"), "disimpan: predikat");
    }

    private static By row(String nip) {
        return By.cssSelector(rowCss(nip));
    }

    private static String rowCss(String nip) {
        return "tr[data-nip='" + nip + "']";
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

    private static HttpResponse<byte[]> download(Browser b, String url) throws Exception {
        String cookies = b.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).header("Accept-Language", "id,en")
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
