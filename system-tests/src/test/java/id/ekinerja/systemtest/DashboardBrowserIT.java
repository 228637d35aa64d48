package id.ekinerja.systemtest;

import id.ekinerja.tenantconfig.DemoAccounts;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Chromium: the admin reaches every page of the grouped top-bar menu, opens the predikat distribution dashboard
 * from it, sees a unit's distribution against the curve and drills down to its unrated people; a pegawai without
 * an admin role finds no dashboard in the menu and is refused on the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardBrowserIT {
    private static final String T = "/t/kpu-dki/";
    private static final String RATNA = "198511172009042001";  // admin instansi
    private static final String MADE = "198703142011011005";   // pegawai

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ekinerja(DashboardSetupServlet.class, PenilaianProbe.class, PenilaianProbe.Team.class,
                TestNips.class);
    }

    @ArquillianResource
    URL base;

    String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    @Test
    void adminReachesEveryMenuPageAndSeesAUnitsDistributionAgainstTheCurve() throws Exception {
        String[] setup = setup().split(" ", 3);
        String window = setup[0];
        String unitId = setup[1];
        String unitName = setup[2];
        try (Browser ratna = new Browser()) {
            ratna.open(url(T));
            ratna.signIn(RATNA, DemoAccounts.PASSWORD);
            Map<String, String> links = new LinkedHashMap<>();
            links.put("nav-skp", "skp/my.xhtml");
            links.put("nav-inbox", "skp/inbox.xhtml");
            links.put("nav-periods", "skp/periods.xhtml");
            links.put("nav-waiting", "skp/waiting-chain.xhtml");
            links.put("nav-monitor", "admin/monitor.xhtml");
            links.put("nav-pelaksanaan", "pelaksanaan/my.xhtml");
            links.put("nav-pen-my", "penilaian/my.xhtml");
            links.put("nav-pen-evaluate", "penilaian/evaluate.xhtml");
            links.put("nav-pen-units", "penilaian/units.xhtml");
            links.put("nav-pen-keberatan", "penilaian/keberatan-inbox.xhtml");
            links.put("nav-org", "admin/pegawai.xhtml");
            links.put("nav-import", "admin/import.xhtml");
            links.put("nav-activity", "admin/activity.xhtml");
            links.put("nav-settings", "admin/settings.xhtml");
            links.put("nav-dashboard", "admin/dashboard.xhtml");
            for (Map.Entry<String, String> l : links.entrySet()) {
                assertFalse(ratna.driver.findElement(By.id(l.getKey())).isDisplayed(), "menus start closed: " + l.getKey());
                ratna.menu(l.getKey()).click();
                ratna.waitFor(By.id("nav-home"));
                assertTrue(ratna.driver.getCurrentUrl().contains(T + l.getValue()), l.getKey() + " → " + ratna.driver.getCurrentUrl());
            }
            ratna.waitFor(By.id("nav-help"));
            ratna.waitFor(By.id("nav-notifications"));

            // on the dashboard (the last link above): the agency-wide chart and the unit table
            ratna.waitFor(By.id("agency-chart"));
            assertTrue(ratna.text(By.id("fit-summary")).contains("Sesuai"));
            ratna.waitFor(By.id("dashForm:units"));

            // the unit of four: 1 Sangat Baik, 2 Baik, the head not rated yet; bounds for 4 people under Baik
            ratna.open(url(T + "admin/dashboard.xhtml?window=" + window + "&unit=" + unitId));
            WebElement unit = ratna.waitFor(By.id("unit-detail"));
            assertTrue(unit.getText().contains(unitName), unit.getText());
            assertEquals("1", unit.findElement(By.cssSelector("#unit-chart li.bar-SANGAT_BAIK")).getAttribute("data-count"));
            assertEquals("2", unit.findElement(By.cssSelector("#unit-chart li.bar-BAIK")).getAttribute("data-count"));
            assertTrue(unit.getText().contains("Belum semua dinilai"), unit.getText());
            String rules = unit.findElement(By.cssSelector("table.curve-rules")).getText();
            assertTrue(rules.contains("Baik paling banyak 70%") && rules.contains("0–2"), rules);

            unit.findElement(By.linkText("Belum dinilai")).click();
            String people = ratna.text(By.id("people"));
            assertTrue(people.contains("Kepala " + unitName.substring("Unit ".length())), people);
            assertFalse(people.contains("Staf 1"), people);
        }
        try (Browser made = new Browser()) {
            made.open(url(T + "admin/dashboard.xhtml"));
            made.signIn(MADE, DemoAccounts.PASSWORD);
            assertTrue(made.text(By.id("not-admin")).contains("admin"));
            assertTrue(made.driver.findElements(By.id("nav-dashboard")).isEmpty());
            assertTrue(made.driver.findElements(By.id("agency-chart")).isEmpty());
        }
    }

    private String setup() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/test-support/dashboard"))).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body().trim();
    }
}
