package org.vivres.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vivres.it.TempFolders;

/**
 * A headless Debian Chromium driven by Debian's chromedriver (never a downloaded one), with a fresh
 * profile, pointed at the running system. Screenshots go to {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(20);

    final ChromeDriver driver;
    private final String base;
    private final Path profile;
    private final Path screenshots;

    private Browser(ChromeDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.profile = profile;
        this.screenshots = Path.of(System.getProperty("vivres.screenshots", "target/screenshots"));
    }

    static Browser open(String baseUrl) {
        Path profile = TempFolders.create("vivres-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1366,900", "--lang=fr-FR");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), baseUrl, profile);
    }

    void go(String path) {
        driver.get(base + path);
    }

    /** The element, once visible. */
    WebElement visible(String css) {
        return until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Clicks the element once it is visible, looking it up again when the page re-rendered it between finding and
     * clicking (a panel that follows the ticket redraws itself): a stale element was not clicked.
     */
    void click(String css) {
        until(d -> {
            try {
                WebElement element = d.findElement(By.cssSelector(css));
                if (!element.isDisplayed()) {
                    return false;
                }
                element.click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException
                    redrawn) {
                return false;
            }
        });
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    boolean present(String css) {
        return !all(css).isEmpty();
    }

    /** Chooses {@code value} in the select {@code css} once the list (read from the server) offers it. */
    void choose(String css, String value) {
        until(d -> !d.findElements(By.cssSelector(css + " option[value='" + value + "']")).isEmpty());
        new org.openqa.selenium.support.ui.Select(visible(css)).selectByValue(value);
    }

    /**
     * Waits for the condition. An element the page redrew while the condition read it is stale: that says nothing
     * about the condition, so it is asked again rather than failing the test.
     */
    <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    /** Waits until the element's text contains {@code text}; returns the whole text. */
    String textContains(String css, String text) {
        until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return driver.findElement(By.cssSelector(css)).getText();
    }

    /**
     * Logs out through the page's button and waits for the login form of the reloaded page: the page reloads after
     * logging out, so its old document (marked here) may still show a login form for a moment, and navigating then
     * would race with the reload.
     */
    void logout() {
        js("document.documentElement.dataset.loggingOut = 'yes'");
        visible("#logout-button").click();
        until(d -> {
            try {
                return !"yes".equals(js("return document.documentElement.dataset.loggingOut || ''"));
            } catch (org.openqa.selenium.WebDriverException betweenDocuments) {
                return false;
            }
        });
        visible("#login-username");
    }

    /**
     * The browser's own offline mode (the page's requests fail; its service worker's do not: to take the server
     * away from both, stop its web front).
     */
    void offline(boolean offline) {
        if (offline) {
            ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
            conditions.setOffline(true);
            driver.setNetworkConditions(conditions);
        } else {
            driver.deleteNetworkConditions();
        }
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    String focusedId() {
        return String.valueOf(js("return document.activeElement && document.activeElement.id"));
    }

    /** Logs in on the page's login form. */
    void login(String username, String password) {
        visible("#login-username").sendKeys(username);
        driver.findElement(By.id("login-password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
    }

    /** Where the till stands with its session: checking, choosing, closed or open ("" before it knows its store). */
    String tillState() {
        return String.valueOf(js("return document.documentElement.dataset.tillState || ''"));
    }

    /**
     * Waits until the till knows whether its session is open and, when it asks to open it, opens it with
     * {@code openingFloat} counted in the drawer ("50,00"): the till sells only in an open session.
     */
    void openTillSession(String openingFloat) {
        until(d -> "open".equals(tillState()) || all("#open-float").stream().anyMatch(WebElement::isDisplayed));
        if (!"open".equals(tillState())) {
            visible("#open-float").sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                    openingFloat + org.openqa.selenium.Keys.ENTER);
            until(d -> "open".equals(tillState()));
        }
        until(d -> all("dialog[open]").isEmpty());
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints what the pages logged (errors of the apps' modules land there). */
    void printConsole() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            System.out.println("[browser] " + entry.getLevel() + " " + entry.getMessage());
        }
        System.out.println("[browser] focus=" + focusedId() + " dialogs=" + js("return document.querySelectorAll('dialog[open]').length")
                + " draft=" + js("return localStorage.getItem('vivres.pos.draft')"));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            TempFolders.delete(profile);
        }
    }
}
