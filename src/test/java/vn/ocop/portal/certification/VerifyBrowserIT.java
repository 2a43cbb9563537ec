package vn.ocop.portal.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.ocop.portal.BrowserTest;
import vn.ocop.portal.certification.control.QrCodesTest;

/**
 * A consumer checks the number on a package, as of 2026-11-25 on the demo data: a valid certificate, one expiring
 * soon, an expired one, one replaced by a re-evaluation, and a number the portal does not know.
 */
class VerifyBrowserIT extends BrowserTest {

    /** Submits the number and returns the verdict of the page that answers it, once that page has loaded. */
    private WebElement verify(String number) {
        WebElement field = driver.findElement(By.id("verify-number"));
        field.clear();
        field.sendKeys(number);
        driver.findElement(By.id("verify-submit")).click();
        String answered = "number=" + URLEncoder.encode(number, StandardCharsets.UTF_8);
        return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class).until(d ->
            d.getCurrentUrl().contains(answered)
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
                ? d.findElement(By.id("verdict")) : null);
    }

    @Test
    void aVisitorVerifiesNumbersFromTheLinkOnEveryPage() {
        driver.get(base + "/catalogue");
        driver.findElement(By.linkText("Kiểm tra chứng nhận")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Kiểm tra chứng nhận OCOP");
        assertUsablePage("the verification page");

        WebElement valid = verify("OCOP-HOAB-2024-0202");
        assertThat(valid.getAttribute("class")).contains("verdict--valid");
        assertThat(valid.findElement(By.tagName("h2")).getText()).isEqualTo("Còn hiệu lực");
        assertThat(valid.getText()).contains("Chè Shan tuyết Phú Lai").contains("Hộ kinh doanh Lê Thị Thu")
            .contains("Từ 14/08/2024 đến 14/08/2027");
        assertThat(valid.findElement(By.cssSelector(".stars")).getAttribute("aria-label")).isEqualTo("4 sao");
        assertThat(driver.getCurrentUrl()).endsWith("/verify?number=OCOP-HOAB-2024-0202");
        assertUsablePage("a valid verdict");

        assertThat(verify("OCOP-LAMD-2024-0016").getAttribute("class")).contains("verdict--expiring");
        WebElement expired = verify("OCOP-HAGI-2019-0034");
        assertThat(expired.getAttribute("class")).contains("verdict--expired");
        assertThat(expired.findElement(By.tagName("h2")).getText()).isEqualTo("Đã hết hiệu lực");
        assertThat(expired.getText()).contains("Sản phẩm không còn được in nhãn OCOP");
        assertUsablePage("an expired verdict");
        assertThat(verify("OCOP-HOAB-2020-0089").getAttribute("class")).contains("verdict--superseded");
    }

    @Test
    void numbersAreFoundWhateverTheirCaseAndUnknownOnesAreSaidSo() {
        driver.get(base + "/verify?number=%20ocop-hoab-2024-0202%20");
        assertThat(driver.findElement(By.id("verdict")).getAttribute("class")).contains("verdict--valid");

        WebElement unknown = verify("OCOP-XXXX-2024-9999");
        assertThat(unknown.getAttribute("class")).contains("verdict--unknown");
        assertThat(unknown.getText()).contains("Không tìm thấy chứng nhận số „OCOP-XXXX-2024-9999”")
            .contains("có thể chưa được chứng nhận OCOP");
        assertUsablePage("an unknown number");

        driver.get(base + "/verify?number=%3Cscript%3Ealert(1)%3C/script%3E");
        assertThat(driver.findElement(By.id("verdict")).getText()).contains("<script>alert(1)</script>");
    }

    @Test
    void theQrCodeOnAProductPageOpensItsVerdict() throws Exception {
        driver.get(base + "/catalogue?q=OCOP-HOAB-2024-0202&status=any");
        driver.findElement(By.cssSelector(".card__title a")).click();
        String png = driver.findElement(By.cssSelector("a[href*='/qr.png']")).getAttribute("href");

        // What a phone reads from the printed code.
        byte[] image = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(png)).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
        String url = QrCodesTest.decode(image);
        assertThat(url).endsWith("/verify?number=OCOP-HOAB-2024-0202");

        driver.get(url);
        WebElement verdict = driver.findElement(By.id("verdict"));
        assertThat(verdict.getAttribute("class")).contains("verdict--valid");
        assertThat(verdict.getText()).contains("Chè Shan tuyết Phú Lai");
    }
}
