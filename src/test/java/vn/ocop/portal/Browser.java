package vn.ocop.portal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Debian's headless Chromium driven through its own chromedriver, so Selenium Manager never tries to download one.
 * Adds the two checks every public page must pass: axe-core's WCAG 2.2 AA rules, and no sideways scrolling at 375 px.
 */
public final class Browser implements AutoCloseable {

    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final ChromeDriver driver;

    public Browser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1280,900", "--lang=vi",
            "--user-data-dir=" + Files.createTempDirectory("ocop-chromium").toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
            .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The serious and critical WCAG 2.2 AA violations on the current page, one line each. */
    public List<String> accessibilityViolations() {
        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
        return results.getViolations().stream()
            .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
            .map(Browser::describe)
            .collect(Collectors.toList());
    }

    /** Whether the current page, at 375 px wide, needs horizontal scrolling. */
    public boolean scrollsSidewaysAtPhoneWidth() {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(375, 812));
        try {
            Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
            return Boolean.TRUE.equals(overflow);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
            + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
