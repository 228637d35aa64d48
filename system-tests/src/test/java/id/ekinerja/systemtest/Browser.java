package id.ekinerja.systemtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with the flags this closed network needs, and the
 * Keycloak sign-in steps (with Organizations on, the login asks for the username first, then the password).
 */
final class Browser implements AutoCloseable {
    final WebDriver driver;
    private final WebDriverWait wait;
    private final Path profile;

    Browser() throws Exception {
        profile = Files.createTempDirectory("ekinerja-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("ekinerja.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--lang=id", "--window-size=1280,900", "--user-data-dir=" + profile);
        // Indonesian first, as the agencies' users have it; pages fall back to English only when asked
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "id,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("ekinerja.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    void open(String url) {
        driver.get(url);
    }

    /** On the Keycloak login page: sign in with NIP and password. */
    void signIn(String username, String password) {
        WebElement user = waitFor(By.id("username"));
        user.clear();
        user.sendKeys(username);
        if (driver.findElements(By.id("password")).stream().noneMatch(WebElement::isDisplayed)) {
            driver.findElement(By.id("kc-login")).click();
        }
        WebElement pass = waitFor(By.id("password"));
        pass.sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    /** Waits for an element; on time-out says where the browser was and what it showed. */
    WebElement waitFor(By by) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (TimeoutException e) {
            String page = driver.findElement(By.tagName("body")).getText();
            throw new AssertionError("No " + by + " at " + driver.getCurrentUrl() + "; the page shows: "
                    + page.substring(0, Math.min(page.length(), 1500)), e);
        }
    }

    /**
     * A top-bar menu link by id: opens its menu group first (links sit in closed {@code <details>} groups), then
     * waits until the link is visible.
     */
    WebElement menu(String linkId) {
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(linkId)));
        if (!link.isDisplayed()) {
            link.findElement(By.xpath("ancestor::details[1]/summary")).click();
        }
        return waitFor(By.id(linkId));
    }

    boolean isOnKeycloakLogin() {
        return !driver.findElements(By.id("username")).isEmpty() && driver.getCurrentUrl().contains("/realms/ekinerja/");
    }

    String text(By by) {
        return waitFor(by).getText();
    }

    @Override
    public void close() throws Exception {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
