package id.ekinerja.systemtest;

import id.ekinerja.domain.model.skp.WorkCalendar;
import id.ekinerja.tenantconfig.DemoAccounts;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admin's shell in Chromium: moving a window's dates, the monitor's drill-down, a settings change with a
 * refused field, the help page and the language switch.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminShellBrowserIT extends BrowserTestBase {
    private static final String RATNA = "198511172009042001"; // kpu-dki, admin instansi

    @Test
    void adminMovesAWindowAndPutsItBack() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open(url("/t/kpu-dki/skp/periods.xhtml"));
            browser.signIn(RATNA, DemoAccounts.PASSWORD);
            String closes = "[id$=':windows:0:closes_input']";
            String original = browser.waitFor(By.cssSelector(closes)).getAttribute("value");
            assertEquals("2026-04-10", original, "Q1 closes 10 days after March by default");
            assertTrue(browser.text(By.cssSelector("[id$=':windows_data'] tr:first-child")).contains("Sudah ditutup"));

            String extended = WorkCalendar.today().plusDays(5).toString();
            saveRow(browser, closes, extended);
            assertTrue(browser.text(By.id("messages")).contains("disimpan"), browser.text(By.id("messages")));
            assertTrue(browser.text(By.cssSelector("[id$=':windows_data'] tr:first-child")).contains("Sedang dibuka"));

            saveRow(browser, closes, "2025-01-01");
            assertTrue(browser.text(By.id("messages")).contains("tidak boleh"), "closing before opening is refused");
            browser.open(url("/t/kpu-dki/skp/periods.xhtml"));
            assertEquals(extended, browser.waitFor(By.cssSelector(closes)).getAttribute("value"), "the refused date was not stored");

            saveRow(browser, closes, original);
            assertTrue(browser.text(By.cssSelector("[id$=':windows_data'] tr:first-child")).contains("Sudah ditutup"));
        }
    }

    @Test
    void monitorDrillsDownSettingsRefuseBadInputAndLanguageSwitches() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open(url("/t/kpu-dki/admin/monitor.xhtml"));
            browser.signIn(RATNA, DemoAccounts.PASSWORD);
            browser.waitFor(By.id("monitorForm:units"));
            browser.driver.findElement(By.cssSelector("[id='monitorForm:units_data'] tr:first-child a.n-DISETUJUI")).click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("monitorForm:people"), "Disetujui"));
            assertTrue(browser.text(By.id("monitorForm:people")).contains("DISETUJUI") == false,
                    "stages are shown in words, not codes");

            browser.open(url("/t/kpu-dki/admin/settings.xhtml"));
            int versions = browser.driver.findElements(By.cssSelector("[id='settingsForm:history_data'] tr")).size();
            WebElement share = browser.waitFor(By.id("settingsForm:tunjangan_BUTUH_PERBAIKAN_input"));
            share.sendKeys(Keys.chord(Keys.CONTROL, "a"), "150");
            browser.driver.findElement(By.id("settingsForm:save")).click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("settingsForm"), "0 dan 100"));
            assertTrue(browser.text(By.id("settingsForm:messages")).contains("tidak disimpan"));
            assertEquals(versions, browser.driver.findElements(By.cssSelector("[id='settingsForm:history_data'] tr")).size(),
                    "nothing was stored");

            browser.open(url("/t/kpu-dki/help.xhtml"));
            assertTrue(browser.text(By.id("help")).contains("Tanya jawab"));
            browser.driver.findElement(By.id("lang-switch")).click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("help"), "Frequently asked questions"));
            assertTrue(browser.driver.getCurrentUrl().endsWith("/t/kpu-dki/help.xhtml"), browser.driver.getCurrentUrl());
            assertEquals("Settings", browser.menu("nav-settings").getText());
            browser.driver.findElement(By.id("lang-switch")).click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("nav-group-plan"), "Perencanaan"));
            assertEquals("Pengaturan", browser.menu("nav-settings").getText());
        }
    }

    private static void saveRow(Browser browser, String closesSelector, String date) {
        String before = browser.driver.findElement(By.id("messages")).getText();
        WebElement input = browser.waitFor(By.cssSelector(closesSelector));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), date, Keys.ESCAPE);
        String saveId = input.getAttribute("id").replace("closes_input", "save");
        browser.driver.findElement(By.id(saveId)).click();
        // the AJAX answer replaces the messages element: a read in between finds the old one gone
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            String now = d.findElement(By.id("messages")).getText();
            return !now.isBlank() && !now.equals(before);
        });
    }
}
