package vn.ocop.portal.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.ocop.portal.BrowserTest;

/** An admin reads the dashboard's charts and tables, then an expiry list, and downloads it. */
class ExpiryBrowserIT extends BrowserTest {

    private static final String PASSWORD = System.getProperty("ocop.admin.password", "it-admin-password");

    private void signIn(String page) {
        driver.get(base + page);
        driver.findElement(By.id("login:username")).sendKeys("admin");
        driver.findElement(By.id("login:password")).sendKeys(PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    /** Whether Chart.js drew something on the canvas: some pixel is not transparent. */
    private boolean drawn(String canvasId) {
        Object painted = ((JavascriptExecutor) driver).executeScript(
            "const c = document.getElementById(arguments[0]); if (!c || !c.width) return false;"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) return true; } return false;", canvasId);
        return Boolean.TRUE.equals(painted);
    }

    @Test
    void theDashboardDrawsItsChartsAndGivesTheSameNumbersAsTables() {
        signIn("/admin/");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        for (String chart : List.of("status", "stars", "group", "month", "province")) {
            String canvas = "chart-" + chart + "_canvas";
            wait.until(d -> drawn(canvas));
            assertThat(driver.findElement(By.id(canvas)).getAttribute("aria-label")).isNotBlank();
        }
        assertThat(rowLabels("table-status")).containsExactly("Còn hiệu lực", "Sắp hết hạn", "Hết hiệu lực",
            "Tạm đình chỉ", "Đã thu hồi");
        assertThat(rowLabels("table-stars")).containsExactly("3 sao", "4 sao", "5 sao");
        assertThat(rowLabels("table-month")).hasSize(12).first().isEqualTo("11/2026");
        long valid = count("table-status", 0) + count("table-status", 1);
        long byStars = driver.findElements(By.cssSelector("#table-stars tbody td")).stream()
            .mapToLong(td -> Long.parseLong(td.getText())).sum();
        assertThat(byStars).as("certificates in force, by stars = valid + expiring").isEqualTo(valid).isPositive();
        assertThat(browser.accessibilityViolations()).as("WCAG violations on the dashboard").isEmpty();
    }

    @Test
    void anAdminChoosesAnExpiryListAndDownloadsIt() throws Exception {
        signIn("/admin/expiry");
        assertThat(driver.findElement(By.id("list-title")).getText())
            .isEqualTo("Sản phẩm OCOP hết hạn trong 90 ngày tới, tính từ 25/11/2026");

        driver.findElement(By.cssSelector("input[name='expiry:list'][value='expired']")).click();
        driver.findElement(By.id("expiry:show")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("list-title"),
            "Sản phẩm OCOP đã hết hạn, tính đến 25/11/2026"));
        List<WebElement> rows = driver.findElements(By.cssSelector("#expiry\\:certificates_data tr"));
        assertThat(rows).as("the demo data has expired certificates").isNotEmpty();
        String firstNumber = rows.get(0).findElement(By.cssSelector(".cert-number")).getText();
        assertThat(browser.accessibilityViolations()).as("WCAG violations on the expiry page").isEmpty();

        String href = driver.findElement(By.id("export-xlsx")).getAttribute("href");
        assertThat(href).endsWith("/admin/expiry-export/expired.xlsx");
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains("attachment")
            .contains("ocop-certificates-expired-2026-11-25.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("certificate_number");
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(firstNumber);
            assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(rows.size());
        }
        HttpResponse<byte[]> anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
            .send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(anonymous.statusCode()).as("no download without signing in").isIn(302, 303, 401, 403, 404);
    }

    private List<String> rowLabels(String table) {
        return driver.findElements(By.cssSelector("#" + table + " tbody th")).stream().map(WebElement::getText).toList();
    }

    private long count(String table, int row) {
        return Long.parseLong(driver.findElements(By.cssSelector("#" + table + " tbody td")).get(row).getText());
    }
}
