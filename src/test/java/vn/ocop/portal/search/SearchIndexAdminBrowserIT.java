package vn.ocop.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.ocop.portal.BrowserTest;

/** An admin rebuilds the search index from its page and watches it complete. */
class SearchIndexAdminBrowserIT extends BrowserTest {

    @Test
    void anAdminRebuildsTheIndexAndSeesItsProgress() {
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
