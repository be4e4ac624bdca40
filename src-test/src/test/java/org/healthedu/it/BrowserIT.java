package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;

/**
 * What every browser journey needs: a fresh Chromium per test (skipped, with the reason printed, where Debian's
 * Chromium is not installed), a picture of the last screen after each test, and logging in as a demo account.
 */
abstract class BrowserIT extends AppIT {

    protected Browser browser;

    @BeforeEach
    void startBrowser() throws Exception {
        String reason = Browser.unavailableBecause();
        if (reason != null) {
            System.out.println("SKIPPING browser journeys: " + reason);
        }
        Assumptions.assumeTrue(reason == null, () -> "browser journeys skipped: " + reason);
        browser = new Browser();
    }

    @AfterEach
    void stopBrowser(org.junit.jupiter.api.TestInfo test) {
        if (browser != null) {
            browser.snapshot(test.getTestMethod().map(m -> m.getName()).orElse("journey"));
            browser.close();
        }
    }

    /** Logs in with a fresh session and waits for the home page. */
    protected void logIn(String username) {
        browser.open(base() + "login.xhtml");
        browser.driver().manage().deleteAllCookies();
        browser.open(base().toString());
        assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");
        browser.type(By.id("loginForm:username"), username);
        browser.type(By.id("loginForm:password"), DEMO_PASSWORD);
        browser.click(By.id("loginForm:submit"));
        browser.find(By.id("welcome"));
    }

    protected static By row(String name) {
        return By.xpath("//tr[.//span[normalize-space(text())='" + name + "']]");
    }

    protected static By inRow(String name, String action) {
        return By.xpath("//tr[.//span[normalize-space(text())='" + name + "']]//*[contains(@id,':" + action + "')]");
    }
}
