package id.ekinerja.systemtest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ekinerja.tenantconfig.DemoAccounts;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The browser half of {@link NotificationBrowserIT} (client side only: it needs Selenium). */
final class NotificationBrowserSteps {
    private static final By COUNT = By.id("notification-count");

    private NotificationBrowserSteps() {
    }

    static void run(String base) throws Exception {
        String tenant = base + "/t/" + NotificationBrowserIT.TENANT + "/";
        try (Browser hartini = new Browser()) {
            hartini.open(tenant);
            hartini.signIn(NotificationBrowserIT.HARTINI, DemoAccounts.PASSWORD);
            awaitCount(hartini, "3");

            hartini.waitFor(By.id("nav-notifications")).click();
            hartini.waitFor(By.id("ntfForm:list"));
            String list = hartini.text(By.id("ntfForm:list"));
            assertTrue(list.contains(NotificationBrowserIT.MARKER + " 3") && list.contains("Isi pemberitahuan 1"), list);
            assertTrue(list.indexOf(NotificationBrowserIT.MARKER + " 3") < list.indexOf(NotificationBrowserIT.MARKER + " 1"),
                    "newest first: " + list);

            hartini.waitFor(By.id("ntfForm:list:0:read")).click(); // "Uji lonceng 3" read
            awaitCount(hartini, "2");

            hartini.waitFor(By.id("ntfForm:list:1:open")).click(); // "Uji lonceng 2": read, and follow its link
            new WebDriverWait(hartini.driver, Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().contains("/t/" + NotificationBrowserIT.TENANT + "/skp/my.xhtml"));
            awaitCount(hartini, "1");

            hartini.waitFor(By.id("nav-notifications")).click();
            hartini.waitFor(By.id("ntfForm:markAll")).click();
            awaitCount(hartini, "0");
            assertTrue(hartini.driver.findElements(By.id("ntfForm:list:0:read")).isEmpty(), "nothing left to mark");
        }
    }

    private static void awaitCount(Browser browser, String expected) {
        try {
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(COUNT).stream().anyMatch(e -> e.getText().trim().equals(expected)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("bell count " + expected + " expected; page shows: "
                    + browser.driver.findElement(By.tagName("body")).getText(), e);
        }
    }
}
