package org.healthedu.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its ChromeDriver, with helpers that wait for PrimeFaces AJAX to settle.
 * Nothing is downloaded: when Chromium is not installed, {@link #available()} says why and the journeys skip.
 */
public final class Browser implements AutoCloseable {

    static final File CHROMIUM = new File(System.getProperty("healthedu.chromium", "/usr/bin/chromium"));
    static final File CHROMEDRIVER = new File(System.getProperty("healthedu.chromedriver", "/usr/bin/chromedriver"));

    private final Path work;
    private final WebDriver driver;
    private final WebDriverWait wait;

    /** Null when the browser can run, else the reason it cannot. */
    public static String unavailableBecause() {
        if (!CHROMIUM.canExecute()) {
            return "no Chromium at " + CHROMIUM + " (apt-get install chromium chromium-driver)";
        }
        if (!CHROMEDRIVER.canExecute()) {
            return "no ChromeDriver at " + CHROMEDRIVER + " (apt-get install chromium-driver)";
        }
        return null;
    }

    public Browser() throws Exception {
        work = Path.of(System.getProperty("healthedu.test.work", "target/browser"));
        Path profile = Files.createDirectories(work).resolve("profile-" + System.nanoTime());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,900", "--lang=zh-CN",
                "--user-data-dir=" + profile);
        // The console, so that a Content-Security-Policy refusal can be read back (cspViolations()).
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .withEnvironment(Map.of("HOME", work.toString(), "XDG_CONFIG_HOME", work.toString(),
                        "XDG_CACHE_HOME", work.toString()))
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        // Runs before any script of every page (and is not itself subject to the page's policy): records each refusal.
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__cspViolations = [];"
                        + "document.addEventListener('securitypolicyviolation', function (e) {"
                        + " window.__cspViolations.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || '')"
                        + " + ' at ' + (e.sourceFile || '') + ':' + e.lineNumber + ' ' + (e.sample || '')); });"));
        driver = chrome;
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /**
     * The Content-Security-Policy refusals since the last call: those the current page recorded, and those the console
     * reported (including pages navigated away from since).
     */
    @SuppressWarnings("unchecked")
    public List<String> cspViolations() {
        List<String> found = new ArrayList<>();
        Object recorded = ((JavascriptExecutor) driver).executeScript(
                "var v = window.__cspViolations || []; window.__cspViolations = []; return v;");
        if (recorded instanceof List<?> list) {
            list.forEach(v -> found.add(driver.getCurrentUrl() + ": " + v));
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getMessage().contains("Content Security Policy") || entry.getMessage().contains("Refused to")) {
                found.add("console: " + entry.getMessage());
            }
        }
        return found;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
        settle();
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Replaces what the field holds with {@code text} (select-all first: formatted number fields ignore clear()). */
    public void type(By by, String text) {
        WebElement element = find(by);
        element.clear();
        element.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        element.sendKeys(text);
    }

    /** Clicks and waits for the page or the AJAX request it starts to finish. */
    public void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        // centred, so the sticky top bar cannot cover it
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        settle();
    }

    /** Types into a PrimeFaces autocomplete and picks the suggestion whose label contains {@code label}. */
    public void pick(By input, String text, String label) {
        type(input, text);
        click(By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(@data-item-label, '" + label
                + "')]"));
    }

    /**
     * Chooses the option with this label in a PrimeFaces select menu as a user does: opens it, waits until its panel
     * has stopped moving (a click during the fade-in is lost), clicks the option, and tries again if the menu did not
     * take it.
     */
    public void choose(String menuId, String label) {
        for (int attempt = 0; attempt < 3; attempt++) {
            boolean open = Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                    "return jQuery(PrimeFaces.escapeClientId(arguments[0])).is(':visible')", menuId + "_panel"));
            if (!open) {
                click(By.id(menuId));
            }
            wait.until(d -> Boolean.FALSE.equals(((JavascriptExecutor) d).executeScript(
                    "return jQuery(PrimeFaces.escapeClientId(arguments[0])).is(':animated')", menuId + "_panel")));
            By option = By.xpath("//*[@id='" + menuId + "_panel']//li[normalize-space(.)='" + label + "']");
            try {
                // An AJAX update of the form right after the click (a field's change event) can close the panel
                // again: then the option never shows, and the menu is opened once more.
                WebElement item = new WebDriverWait(driver, Duration.ofSeconds(5))
                        .until(ExpectedConditions.visibilityOfElementLocated(option));
                // Clicked where it is: scrolling the page to centre it would make PrimeFaces close the panel (it
                // hides overlays when the document scrolls), and the click would then land on nothing.
                item.click();
                settle();
            } catch (ElementNotInteractableException | StaleElementReferenceException | TimeoutException e) {
                continue; // the panel was still opening or moving (or covered, or closed): open it again and retry
            }
            if (text(By.id(menuId + "_label")).equals(label)) {
                return;
            }
        }
        throw new AssertionError("could not choose " + label + " in " + menuId + ": it shows "
                + text(By.id(menuId + "_label")) + "; options "
                + ((JavascriptExecutor) driver).executeScript("return jQuery(PrimeFaces.escapeClientId(arguments[0]))"
                        + ".find('li').map(function(){return jQuery(this).text();}).get().join(' | ')",
                        menuId + "_panel"));
    }

    public void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    public String text(By by) {
        return find(by).getText();
    }

    public String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** Saves what the browser shows now as target/browser/NAME.png, to look at when a journey fails. */
    public void snapshot(String name) {
        try {
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(work.resolve(name + ".png"), png);
        } catch (Exception e) {
            // a missing picture must not hide the real failure
        }
    }

    /** Waits until the document is loaded, no jQuery/PrimeFaces AJAX request is running and nothing is animating. */
    public void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.jQuery || (jQuery.active === 0 && !jQuery(':animated').length))"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())")));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
