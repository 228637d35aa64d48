package id.ekinerja.systemtest;

import id.ekinerja.tenantconfig.DemoAccounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admin instansi of kemensetneg uploads the agency logo on the settings page: a file that is not an image (an
 * SVG renamed .png) and an oversized one are refused with a clear message and the old logo stays; a real PNG is
 * shown in the header of every page, served with an ETag (a revalidation answers 304), nosniff and its own type.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LogoBrowserIT extends BrowserTestBase {
    private static final String MARIA = "198009092005012003"; // kemensetneg, admin instansi

    @Test
    void adminUploadsALogoBadFilesAreRefusedAndTheLogoIsServedWithCachingHeaders() throws Exception {
        Path dir = Files.createTempDirectory("logo-test");
        Path good = Files.write(dir.resolve("logo.png"), TestImages.png());
        Path svg = Files.write(dir.resolve("logo-svg.png"), TestImages.svg());
        Path big = Files.write(dir.resolve("besar.png"), TestImages.oversizedPng());
        try (Browser maria = new Browser()) {
            maria.open(url("/t/kemensetneg/admin/settings.xhtml"));
            maria.signIn(MARIA, DemoAccounts.PASSWORD);

            upload(maria, good);
            assertTrue(maria.text(By.id("logoForm:logoMessages")).contains("Logo baru disimpan"));
            WebElement header = maria.waitFor(By.id("agency-logo"));
            String src = header.getAttribute("src");
            assertTrue(src.contains("/t/kemensetneg/logo?v="), src);
            new WebDriverWait(maria.driver, Duration.ofSeconds(10)).until(d -> loaded(maria, "agency-logo"));
            String history = maria.text(By.id("settingsForm:history"));
            assertTrue(history.contains("logo: ") && history.contains("/t/kemensetneg/logo?v="), history);

            upload(maria, svg);
            assertTrue(maria.text(By.id("logoForm")).contains("bukan gambar PNG, JPEG atau WebP"), maria.text(By.id("logoForm")));
            assertTrue(maria.text(By.id("logoForm:logoMessages")).contains("logo sebelumnya tetap dipakai"));
            assertEquals(src, maria.waitFor(By.id("agency-logo")).getAttribute("src"), "the old logo stays");

            upload(maria, big);
            assertTrue(maria.text(By.id("logoForm")).contains("terlalu besar: paling besar 512 KB"), maria.text(By.id("logoForm")));
            assertEquals(src, maria.waitFor(By.id("agency-logo")).getAttribute("src"), "the old logo stays");

            // the logo over HTTP, with the browser's session: type, nosniff, ETag, then 304 on revalidation
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) ((JavascriptExecutor) maria.driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0], {cache: 'no-store'}).then(a => {
                      const etag = a.headers.get('etag');
                      return fetch(arguments[0], {cache: 'no-store', headers: {'If-None-Match': etag}}).then(b => done({
                        status: a.status, type: a.headers.get('content-type'), nosniff: a.headers.get('x-content-type-options'),
                        cache: a.headers.get('cache-control'), etag: etag, second: b.status}));
                    }).catch(e => done({error: String(e)}));""", src);
            assertEquals(200L, r.get("status"), r.toString());
            assertEquals("image/png", r.get("type"));
            assertEquals("nosniff", r.get("nosniff"));
            assertTrue(String.valueOf(r.get("cache")).contains("max-age"), r.toString());
            assertNotEquals(null, r.get("etag"));
            assertEquals(304L, r.get("second"), r.toString());

            // every page of the agency shows it
            maria.open(url("/t/kemensetneg/help.xhtml"));
            assertEquals(src, maria.waitFor(By.id("agency-logo")).getAttribute("src"));
        } finally {
            for (Path p : List.of(good, svg, big, dir)) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void upload(Browser b, Path file) {
        b.waitFor(By.id("logoForm:logoFile"));
        b.driver.findElement(By.id("logoForm:logoFile")).sendKeys(file.toAbsolutePath().toString());
        b.driver.findElement(By.id("logoForm:uploadLogo")).click();
        b.waitFor(By.id("logoForm:logoMessages"));
    }

    private static boolean loaded(Browser b, String imgId) {
        Object w = ((JavascriptExecutor) b.driver).executeScript(
                "const i = document.getElementById(arguments[0]); return i.complete ? i.naturalWidth : 0;", imgId);
        return ((Number) w).intValue() > 0;
    }
}
