package id.ekinerja.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ekinerja.tenantconfig.DemoAccounts;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person in Chromium signing in through Keycloak and moving between agencies. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrowserIT extends BrowserTestBase {
    private static final String RATNA = "198511172009042001"; // kpu-dki, admin instansi
    private static final String YOHANES = "198806302014031004"; // kemensetneg, seconded to kpu-dki

    @Test
    void employeeSignsInSeesTheirAgencyIsRefusedElsewhereAndSignsOut() throws Exception {
        try (Browser b = new Browser()) {
            b.open(url("/t/kpu-dki/"));
            assertTrue(b.isOnKeycloakLogin(), "an agency page sends the browser to Keycloak");
            b.signIn(RATNA, DemoAccounts.PASSWORD);

            assertEquals("Ratna Sari Dewi", b.text(By.id("profile-name")));
            assertEquals("19851117 200904 2 001", b.text(By.id("profile-nip")));
            assertEquals("KPU Provinsi DKI Jakarta", b.text(By.id("agency-name")));
            assertEquals("Kepala Subbagian Sumber Daya Manusia", b.text(By.id("profile-jabatan")));
            assertTrue(b.text(By.id("profile-roles")).contains("Admin Instansi"));
            // every script the page links exists; PrimeFaces' widgets speak Indonesian (its own file is named "in")
            assertFalse(b.driver.getPageSource().contains("RES_NOT_FOUND"), "a page links a missing resource");
            assertEquals("Januari", ((org.openqa.selenium.JavascriptExecutor) b.driver)
                    .executeScript("return PrimeFaces.getLocaleSettings().monthNames[0]"));

            b.open(url("/t/bawaslu-lebong/"));
            b.waitFor(By.id("error-403"));
            assertTrue(b.driver.getPageSource().contains("Anda bukan anggota instansi ini"));
            assertTrue(!b.driver.getPageSource().contains("Eka Juwita Sari"), "nothing of the other agency is shown");

            b.open(url("/t/tidak-ada/"));
            b.waitFor(By.id("error-404"));

            b.open(url("/t/kpu-dki/"));
            b.waitFor(By.id("logout")).click();
            new WebDriverWait(b.driver, java.time.Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            assertTrue(b.isOnKeycloakLogin(), "after sign-out the browser is on the Keycloak login");

            // the Keycloak session ended too: opening the agency again asks for credentials
            b.open(url("/t/kpu-dki/"));
            assertTrue(b.isOnKeycloakLogin());
        }
    }

    @Test
    void aPersonOfTwoAgenciesOpensBoth() throws Exception {
        try (Browser b = new Browser()) {
            b.open(url("/t/kemensetneg/"));
            b.signIn(YOHANES, DemoAccounts.PASSWORD);
            assertEquals("Kementerian Sekretariat Negara", b.text(By.id("agency-name")));
            assertEquals("Yohanes Bria Seran", b.text(By.id("profile-name")));
            b.waitFor(By.linkText("kpu-dki")).click();
            assertEquals("KPU Provinsi DKI Jakarta", b.text(By.id("agency-name")));
            assertEquals("Yohanes Bria Seran", b.text(By.id("profile-name")));
        }
    }

    @Test
    void onlyPlatformAdminsReachTheConsole() throws Exception {
        try (Browser b = new Browser()) {
            b.open(url("/platform/"));
            b.signIn(RATNA, DemoAccounts.PASSWORD);
            b.waitFor(By.id("error-403"));
        }
    }

    @Test
    void platformAdminSuspendsAndResumesATenantAndGetsClearMessagesForBadInput() throws Exception {
        try (Browser admin = new Browser(); Browser employee = new Browser()) {
            admin.open(url("/platform/"));
            admin.signIn(DemoAccounts.PLATFORM_ADMIN_USERNAME, DemoAccounts.PASSWORD);
            String table = admin.text(By.id("tenantsForm:tenants"));
            for (String code : new String[] {"kpu-dki", "bawaslu-lebong", "pa-ponorogo", "kemensetneg"}) {
                assertTrue(table.contains(code), code);
            }

            admin.waitFor(By.id("createForm:code")).sendKeys("Kode Salah!");
            admin.driver.findElement(By.id("createForm:name")).sendKeys("Instansi Percobaan");
            admin.driver.findElement(By.id("createForm:adminNip")).sendKeys(TestNips.randomNip());
            admin.driver.findElement(By.id("createForm:adminName")).sendKeys("Admin Percobaan");
            admin.driver.findElement(By.id("createForm:adminEmail")).sendKeys("admin@percobaan.id");
            admin.driver.findElement(By.id("createForm:create")).click();
            new WebDriverWait(admin.driver, java.time.Duration.ofSeconds(20)).until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("createForm"), "huruf kecil"));
            assertTrue(!admin.text(By.id("tenantsForm:tenants")).contains("Kode Salah"));

            int row = rowOf(admin, "bawaslu-lebong");
            admin.driver.findElement(By.id("tenantsForm:tenants:" + row + ":suspend")).click();
            admin.waitFor(By.id("tenantsForm:confirmYes")).click(); // suspending asks for confirmation
            new WebDriverWait(admin.driver, java.time.Duration.ofSeconds(20)).until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("tenantsForm:tenants:" + row + ":resume")));

            employee.open(url("/t/bawaslu-lebong/"));
            employee.signIn("198401282009032002", DemoAccounts.PASSWORD);
            employee.waitFor(By.id("error-403"));
            assertTrue(employee.driver.getPageSource().contains("ditangguhkan"));

            admin.driver.findElement(By.id("tenantsForm:tenants:" + row + ":resume")).click();
            new WebDriverWait(admin.driver, java.time.Duration.ofSeconds(20)).until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("tenantsForm:tenants:" + row + ":suspend")));
            employee.open(url("/t/bawaslu-lebong/"));
            assertEquals("Eka Juwita Sari", employee.text(By.id("profile-name")));
        }
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/index.xhtml", "/error", "/resources/css/app.css"}) {
            var response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path))).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            var headers = response.headers();
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), path);
            assertTrue(headers.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'self'"), path);
            assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(null), path);
        }
    }

    private static int rowOf(Browser b, String code) {
        var codes = b.driver.findElements(By.cssSelector("#tenantsForm\\:tenants .tenant-code"));
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i).getText().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + code);
    }
}
