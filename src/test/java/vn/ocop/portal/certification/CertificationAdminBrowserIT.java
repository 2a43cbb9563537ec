package vn.ocop.portal.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.ocop.portal.BrowserTest;
import vn.ocop.portal.certification.control.QrCodesTest;

/**
 * The office enters a decision with two certificates through its pages, revokes one and exports the list of
 * certificates about to expire, which holds the other; a visitor then checks both numbers, typed and through the QR
 * code on each product page.
 */
class CertificationAdminBrowserIT extends BrowserTest {

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void choose(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    private void fillRow(int row, String number, String product, String producer, String type, int stars, int score) {
        String prefix = "decision:rows:" + row + ":";
        type(prefix + "number", number);
        type(prefix + "productName", product);
        type(prefix + "producerName", producer);
        if (type != null) {
            choose(prefix + "producerType", type);
        }
        type(prefix + "province", "Nam Định");
        type(prefix + "groupLabel", "Thực phẩm");
        choose(prefix + "stars", Integer.toString(stars));
        type(prefix + "score", Integer.toString(score));
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private String loaded(String urlPart) {
        waiting().ignoring(WebDriverException.class).until(d -> d.getCurrentUrl().contains(urlPart)
            && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return driver.getCurrentUrl();
    }

    @Test
    void theOfficeEntersADecisionRevokesACertificateAndExportsTheExpiryListThenVisitorsVerifyBoth() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        String valid = "BRW-" + tag + "-1";
        String revoked = "BRW-" + tag + "-2";
        String producer = "HTX Nông sản " + tag;

        driver.get(base + "/admin/decisions/new");
        type("login:username", "admin");
        type("login:password", System.getProperty("ocop.admin.password", "it-admin-password"));
        driver.findElement(By.id("login:submit")).click();
        loaded("/admin/decisions/new");

        type("decision:number", "201/QĐ-" + tag);
        // Of December 2023: its certificates expire on 20/12/2026, within the expiring window of the tests' today.
        type("decision:date", "20/12/2023");
        choose("decision:level", "PROVINCE");
        type("decision:authority", "UBND tỉnh Nam Định");
        type("decision:round", "Đợt 2 năm 2026");
        fillRow(0, valid, "Kẹo Sìu Châu " + tag, producer, "COOPERATIVE", 4, 75);
        fillRow(1, revoked, "Nem nắm Giao Thủy " + tag, producer, null, 4, 60);
        driver.findElement(By.id("decision:save")).click();

        WebElement refusal = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".row-error")));
        assertThat(refusal.getText()).contains("Điểm 60 cho 3 sao, không phải 4 sao");
        assertThat(driver.findElements(By.cssSelector(".certificate-row--refused"))).hasSize(1);
        assertThat(driver.findElement(By.id("decision:rows:0:number")).getAttribute("value")).isEqualTo(valid);
        assertThat(browser.accessibilityViolations()).as("WCAG violations on the decision form").isEmpty();

        choose("decision:rows:1:stars", "3");
        driver.findElement(By.id("decision:save")).click();
        waiting().until(ExpectedConditions.urlMatches("/admin/decisions/[0-9]+$"));
        loaded("/admin/decisions/");
        WebElement certificates = driver.findElement(By.id("certificates"));
        assertThat(certificates.getText()).contains(valid).contains(revoked).contains("Kẹo Sìu Châu " + tag)
            .contains(producer).doesNotContain("Đã thu hồi");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("201/QĐ-" + tag);

        certificates.findElement(By.linkText(revoked)).click();
        loaded("/admin/registry/certificate");
        driver.findElement(By.id("revoke")).click();
        loaded("/admin/certificates/status");
        assertThat(driver.findElement(By.id("status:on")).getAttribute("value")).isEqualTo("25/11/2026");
        type("status:reason", "Vi phạm an toàn thực phẩm");
        driver.findElement(By.id("status:apply")).click();
        loaded("/admin/registry/certificate");
        assertThat(driver.findElement(By.id("record-status")).getText()).contains("Đã thu hồi")
            .contains("Vi phạm an toàn thực phẩm");
        assertThat(driver.findElement(By.id("history")).getText()).contains(revoked);
        assertThat(browser.accessibilityViolations()).as("WCAG violations on the certificate page").isEmpty();

        assertThat(exportedExpiringNumbers()).as("the exported list of certificates expiring within 90 days")
            .contains(valid).doesNotContain(revoked);

        driver.manage().deleteAllCookies();
        assertThat(verdictOf(valid).getAttribute("class")).contains("verdict--expiring");
        WebElement revokedVerdict = verdictOf(revoked);
        assertThat(revokedVerdict.getAttribute("class")).contains("verdict--revoked");
        assertThat(revokedVerdict.getText()).contains("Nem nắm Giao Thủy " + tag).contains("Vi phạm an toàn thực phẩm");

        assertThat(verdictThroughQrCode(valid).getAttribute("class")).contains("verdict--expiring");
        assertThat(verdictThroughQrCode(revoked).getAttribute("class")).contains("verdict--revoked");
    }

    /** The certificate numbers in the XLSX that the expiry page's export button downloads, as the signed-in admin. */
    private List<String> exportedExpiringNumbers() throws Exception {
        driver.get(base + "/admin/expiry");
        loaded("/admin/expiry");
        String href = driver.findElement(By.id("export-xlsx")).getAttribute("href");
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
            .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        List<String> numbers = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            book.getSheetAt(0).forEach(row -> numbers.add(row.getCell(0).getStringCellValue()));
        }
        return numbers;
    }

    private WebElement verdictOf(String number) {
        driver.get(base + "/verify");
        type("verify-number", number);
        driver.findElement(By.id("verify-submit")).click();
        loaded("number=" + number);
        return driver.findElement(By.id("verdict"));
    }

    /** Opens the number's product page (from its verdict), reads the QR code there as a phone would, and follows it. */
    private WebElement verdictThroughQrCode(String number) throws Exception {
        driver.get(base + "/verify?number=" + number);
        driver.findElement(By.cssSelector("#verdict a[href*='/product/']")).click();
        loaded("/product/");
        String png = driver.findElement(By.cssSelector("a[href*='/qr.png']")).getAttribute("href");
        byte[] image = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(png)).build(),
            HttpResponse.BodyHandlers.ofByteArray()).body();
        String url = QrCodesTest.decode(image);
        assertThat(url).endsWith("/verify?number=" + number);
        driver.get(url);
        return driver.findElement(By.id("verdict"));
    }
}
