package id.ekinerja.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ekinerja.application.organisation.PegawaiRow;
import id.ekinerja.tenantconfig.DemoAccounts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An admin in Chromium importing pegawai and meeting the pegawai form's NIP check; a non-admin is refused. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationAdminBrowserIT extends BrowserTestBase {
    private static final String RATNA = "198511172009042001"; // kpu-dki, admin instansi
    private static final String MADE = "198703142011011005";  // kpu-dki, no role

    private static Path csv(String content) throws Exception {
        Path file = Files.createTempFile("pegawai", ".csv");
        file.toFile().deleteOnExit();
        Files.writeString(file, String.join(",", PegawaiRow.COLUMNS) + "\n" + content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void adminUploadsABadFileSeesEveryBadRowThenImportsAGoodOneWithProgress() throws Exception {
        String a = TestNips.randomNip();
        String b = TestNips.randomNip();
        Path bad = csv(PegawaiImportIT.row(a, "Baris Baik", "hukum-sdm", "", "")
                + PegawaiImportIT.row("12345", "NIP Pendek", "hukum-sdm", "", "")
                + PegawaiImportIT.row(b, "Unit Salah", "gudang", "", ""));
        Path good = csv(PegawaiImportIT.row(a, "Peramban Satu", "hukum-sdm", "197808232003122001", "")
                + PegawaiImportIT.row(b, "Peramban Dua", "hukum-sdm", a, ""));
        try (Browser browser = new Browser()) {
            browser.open(url("/t/kpu-dki/admin/import.xhtml"));
            browser.signIn(RATNA, DemoAccounts.PASSWORD);
            browser.waitFor(By.id("importForm:file")).sendKeys(bad.toString());
            browser.driver.findElement(By.id("importForm:upload")).click();
            String problems = browser.text(By.id("problems"));
            assertTrue(problems.contains("Baris 3") && problems.contains("18 digit"), problems);
            assertTrue(problems.contains("Baris 4") && problems.contains("gudang"), problems);
            assertTrue(!problems.contains("Baris 2"), "the good row is not listed: " + problems);

            browser.driver.findElement(By.id("importForm:file")).sendKeys(good.toString());
            browser.driver.findElement(By.id("importForm:upload")).click();
            browser.waitFor(By.id("progressForm:progress"));
            new WebDriverWait(browser.driver, Duration.ofSeconds(90))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
            assertEquals("2", browser.text(By.id("created")));
            assertEquals("2", browser.text(By.id("accounts-created")));
            assertEquals("2", browser.text(By.id("memberships")));
            assertTrue(browser.text(By.id("progressForm:progress")).contains("100"));
            assertTrue(browser.driver.findElement(By.id("progressForm:passwords")).isDisplayed());

            // the pegawai form checks the NIP against its type and says why in Bahasa Indonesia
            browser.open(url("/t/kpu-dki/admin/pegawai.xhtml"));
            browser.waitFor(By.id("listForm:new")).click();
            browser.waitFor(By.id("pegawaiForm:nip")).sendKeys("19851117200904200");
            browser.driver.findElement(By.id("pegawaiForm:name")).sendKeys("Salah Ketik");
            browser.driver.findElement(By.id("pegawaiForm:jabatan")).sendKeys("Analis");
            browser.driver.findElement(By.id("pegawaiForm:save")).click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions
                    .textToBePresentInElementLocated(By.id("pegawaiForm:nipMessage"), "18 digit"));

            // the imported pegawai are found by the search
            browser.driver.findElement(By.id("listForm:search")).sendKeys("Peramban");
            new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions
                    .textToBePresentInElementLocated(By.id("listForm:table"), "Peramban Dua"));
        }
    }

    @Test
    void aPegawaiWithoutAdminRoleIsRefusedTheImportPage() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open(url("/t/kpu-dki/admin/import.xhtml"));
            browser.signIn(MADE, DemoAccounts.PASSWORD);
            browser.waitFor(By.id("not-admin"));
            assertTrue(browser.driver.findElements(By.id("importForm:file")).isEmpty());
        }
    }
}
