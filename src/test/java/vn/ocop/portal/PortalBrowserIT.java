package vn.ocop.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What people do with the portal, in headless Chromium: browse and check a product; an admin imports a list. */
class PortalBrowserIT extends BrowserTest {

    @Test
    void aVisitorFiltersFourStarProductsAndSeesACertificateStatus() {
        driver.get(base + "/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sản phẩm OCOP được chứng nhận");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        assertUsablePage("the home page");

        driver.findElement(By.linkText("Sản phẩm OCOP")).click();
        assertThat(driver.getCurrentUrl()).contains("/catalogue");
        assertUsablePage("the catalogue");
        driver.findElement(By.cssSelector("[aria-labelledby='facet-stars'] a[data-value='4']")).click();
        assertThat(driver.getCurrentUrl()).endsWith("/catalogue?stars=4");
        List<WebElement> cards = driver.findElements(By.cssSelector(".cards .card"));
        assertThat(cards).isNotEmpty();
        assertThat(cards).allSatisfy(card ->
            assertThat(card.findElement(By.cssSelector(".stars")).getAttribute("aria-label")).isEqualTo("4 sao"));
        assertThat(cards).allSatisfy(card ->
            assertThat(card.findElement(By.cssSelector(".badge")).getText()).isIn("Còn hiệu lực", "Sắp hết hạn"));

        String name = cards.get(0).findElement(By.cssSelector(".card__title a")).getText();
        cards.get(0).findElement(By.cssSelector(".card__title a")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        assertThat(driver.findElement(By.cssSelector(".product__verdict")).getText())
            .matches("(Còn hiệu lực đến|Sắp hết hiệu lực: còn hiệu lực đến) \\d{2}/\\d{2}/\\d{4}");
        assertThat(driver.findElement(By.cssSelector(".certificate__number")).getText()).startsWith("OCOP-");
        assertUsablePage("a product page");

        driver.findElement(By.cssSelector(".facts a[href*='/producers/']")).click();
        assertThat(driver.findElements(By.cssSelector(".cards .card"))).isNotEmpty();
        assertUsablePage("a producer page");
    }

    @Test
    void aReEvaluatedProductShowsItsEarlierCertificate() {
        driver.get(base + "/catalogue?q=che+shan+tuyet+phu+lai&status=any");
        driver.findElement(By.cssSelector(".card__title a")).click();
        assertThat(driver.findElement(By.cssSelector(".certificate__number")).getText()).isEqualTo("OCOP-HOAB-2024-0202");
        String history = driver.findElement(By.cssSelector("table.history")).getText();
        assertThat(history).contains("OCOP-HOAB-2020-0089").contains("Đã được thay thế từ 14/08/2024");
        assertThat(history).as("the current certificate is not listed among the earlier ones").doesNotContain("OCOP-HOAB-2024-0202");
    }

    @Test
    void theSamePagesSpeakEnglishAfterTheSwitch() {
        driver.get(base + "/catalogue?stars=5");
        driver.findElement(By.cssSelector("a.language")).click();
        assertThat(driver.getCurrentUrl()).endsWith("/catalogue?stars=5");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("OCOP products");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        driver.get(base + "/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Certified OCOP products");
        assertUsablePage("the English home page");
        driver.findElement(By.cssSelector("a.language")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sản phẩm OCOP được chứng nhận");
    }

    @Test
    void unknownPagesGetTheNotFoundPageInTheLayout() {
        driver.get(base + "/product/987654321");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy trang");
        assertThat(driver.findElement(By.cssSelector(".site-header"))).isNotNull();
        assertThat(driver.getPageSource()).doesNotContain(".java:").doesNotContain("at vn.ocop");
        assertUsablePage("the 404 page");
        driver.get(base + "/api");
        assertUsablePage("the API page");
    }

    @Test
    void anAdminSignsInAndImportsTheSampleList() throws Exception {
        Path sample = Files.createTempFile("ocop-sample", ".csv");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/ocop-certified-products.sample.csv")) {
            Files.copy(in, sample, StandardCopyOption.REPLACE_EXISTING);
        }
        driver.get(base + "/admin/import");
        assertThat(driver.getCurrentUrl()).contains("/login");
        assertUsablePage("the sign-in page");
        driver.findElement(By.id("login:username")).sendKeys("admin");
        driver.findElement(By.id("login:password")).sendKeys(System.getProperty("ocop.admin.password", "it-admin-password"));
        driver.findElement(By.id("login:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/admin/import"));

        driver.findElement(By.id("import:file")).sendKeys(sample.toAbsolutePath().toString());
        driver.findElement(By.id("import:upload")).click();
        // A preview first (the demo data already holds most of the sample), then the import of exactly that.
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("preview-added")));
        int previewed = Integer.parseInt(driver.findElement(By.id("preview-added")).getText())
            + Integer.parseInt(driver.findElement(By.id("preview-updated")).getText())
            + Integer.parseInt(driver.findElement(By.id("preview-unchanged")).getText());
        assertThat(previewed).isEqualTo(240);
        driver.findElement(By.id("preview:confirm")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("count-imported")));
        int imported = Integer.parseInt(driver.findElement(By.id("count-imported")).getText());
        int updated = Integer.parseInt(driver.findElement(By.id("count-updated")).getText());
        int unchanged = Integer.parseInt(driver.findElement(By.id("count-unchanged")).getText());
        assertThat(imported + updated + unchanged).isEqualTo(240);
        assertThat(driver.findElement(By.id("count-rejected")).getText()).isEqualTo("0");

        driver.findElement(By.id("logout:signOut")).click();
        // Signing out lands on the home page; wait for it, or the next get races the redirect.
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.tagName("h1"),
            "Sản phẩm OCOP được chứng nhận"));
        driver.get(base + "/admin/");
        assertThat(driver.getCurrentUrl()).contains("/login");
    }
}
