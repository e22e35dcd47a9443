package org.egovhub.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser on the test hub: headless Chromium (Debian's {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver}) driven by Selenium. It logs in with the form and saves a screenshot
 * of every page it opens (and of every {@link #shot}) under {@code target/screenshots/}. One browser
 * per test class, its cookies cleared before each test:
 *
 * <pre>
 * {@literal @}RegisterExtension static final Browser browser = new Browser();
 * browser.at(port).logIn("admin", HubTestInitializer.ADMIN_PASSWORD);
 * browser.open("/admin/queues");
 * </pre>
 */
public final class Browser implements BeforeEachCallback, AfterAllCallback {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private ChromeDriver driver;
    private String base;
    private String testName = "browser";
    private int shots;

    /** The hub this browser talks to. */
    public Browser at(int port) {
        base = "http://127.0.0.1:" + port;
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        testName = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        shots = 0;
        if (driver != null) {
            driver.manage().deleteAllCookies();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    /** The driver, started on first use. */
    public WebDriver driver() {
        if (driver == null) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("egovhub.chromium", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,900",
                    "--lang=zh-CN");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(System.getProperty("egovhub.chromedriver", "/usr/bin/chromedriver")).toFile())
                    .usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
        }
        return driver;
    }

    /** Logs in with the login form and waits for the console's home. */
    public Browser logIn(String user, String password) {
        open("/login");
        driver().findElement(By.name("username")).sendKeys(user);
        driver().findElement(By.name("password")).sendKeys(password);
        driver().findElement(By.cssSelector("main.login button[type=submit]")).click();
        waitFor(ExpectedConditions.urlToBe(base + "/admin"));
        shot("home");
        return this;
    }

    /** Opens a page of the hub and saves its screenshot. */
    public Browser open(String path) {
        driver().get(base + path);
        shot(path);
        return this;
    }

    /** Clicks a submit button whose form asks for confirmation, accepts it and saves the page it leads to. */
    public Browser submitConfirmed(WebElement button, String name) {
        button.click();
        waitFor(ExpectedConditions.alertIsPresent()).accept();
        waitFor(ExpectedConditions.stalenessOf(button));
        shot(name);
        return this;
    }

    public WebElement find(String css) {
        return driver().findElement(By.cssSelector(css));
    }

    public java.util.List<WebElement> findAll(String css) {
        return driver().findElements(By.cssSelector(css));
    }

    public <T> T waitFor(java.util.function.Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver(), WAIT).until(condition);
    }

    /** Saves a screenshot of what the browser shows now. */
    public void shot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = driver.getScreenshotAs(OutputType.FILE).toPath();
            String safe = name.replaceAll("[^0-9A-Za-z._-]+", "_").replaceAll("^_+", "");
            Files.move(file, SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", testName, ++shots, safe)),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Posts a form from the logged-in page with the session's cookies but without the CSRF token, as
     * a forged cross-site form would, and answers the HTTP status (redirects not followed).
     */
    public int postWithoutCsrfToken(String path, String formBody) {
        Object status = ((org.openqa.selenium.JavascriptExecutor) driver()).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0], {method: 'POST', credentials: 'same-origin', redirect: 'manual', body: arguments[1],
                    headers: {'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'text/html'}})
                  .then(function (r) { done(r.status); }).catch(function () { done(-1); });""", path, formBody);
        return ((Number) status).intValue();
    }

    /** The actions of the page's POST forms that carry no CSRF token (none, on a console page). */
    public java.util.List<String> postFormsWithoutCsrfToken() {
        return findAll("form[method=post]").stream().filter(f -> f.findElements(By.cssSelector("input[name=_csrf]")).isEmpty())
                .map(f -> f.getDomAttribute("action")).toList();
    }

    public String pageSource() {
        return driver().getPageSource();
    }
}
