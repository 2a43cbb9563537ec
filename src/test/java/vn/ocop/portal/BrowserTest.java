package vn.ocop.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * A test that uses the deployed portal in headless Chromium, as people do: one browser per class, and a fresh set of
 * cookies (no session, no language choice) for each test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserTest {

    protected static Browser browser;
    protected WebDriver driver;
    /** The portal's address on localhost, without a trailing slash. */
    protected String base;

    @Deployment(testable = false)
    public static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL deployed;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @BeforeEach
    void freshVisitor() {
        driver = browser.driver();
        base = Deployments.onLocalhost(deployed);
        driver.manage().deleteAllCookies();
    }

    /** No serious or critical WCAG 2.2 AA violation, and no sideways scrolling at 375 px. */
    protected void assertUsablePage(String what) {
        List<String> violations = browser.accessibilityViolations();
        assertThat(violations).as("serious or critical WCAG 2.2 AA violations on " + what).isEmpty();
        assertThat(browser.scrollsSidewaysAtPhoneWidth()).as(what + " scrolls sideways at 375 px").isFalse();
    }
}
