package vn.ocop.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.ocop.portal.Browser;
import vn.ocop.portal.Deployments;

/** An admin rebuilds the search index from its page and watches it complete. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchIndexAdminBrowserIT {

    static Browser browser;

    @Deployment(testable = false)
    static WebArchive portal() {
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

    @Test
    void anAdminRebuildsTheIndexAndSeesItsProgress() {
        WebDriver driver = browser.driver();
        String base = Deployments.onLocalhost(deployed);
        driver.get(base + "/admin/search");
        driver.findElement(By.id("login:username")).sendKeys("admin");
        driver.findElement(By.id("login:password")).sendKeys(System.getProperty("ocop.admin.password", "it-admin-password"));
        driver.findElement(By.id("login:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/admin/search"));
        int indexed = Integer.parseInt(driver.findElement(By.id("indexed-products")).getText());
        assertThat(indexed).isPositive();

        driver.findElement(By.id("index:rebuild")).click();

        new WebDriverWait(driver, Duration.ofSeconds(60))
            .until(ExpectedConditions.textToBe(By.id("rebuild-state"), "Hoàn tất"));
        assertThat(driver.findElement(By.id("rebuild-count")).getText())
            .isEqualTo("Đã đọc " + indexed + " / " + indexed + " sản phẩm");
        assertThat(driver.findElement(By.id("indexed-products")).getText()).isEqualTo(Integer.toString(indexed));
        assertThat(browser.accessibilityViolations()).as("WCAG violations on the index page").isEmpty();
    }
}
