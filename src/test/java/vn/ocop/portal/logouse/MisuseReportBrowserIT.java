package vn.ocop.portal.logouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.ocop.portal.BrowserTest;

/**
 * A visitor reports a suspected misuse from the verification page, with a photo, and reads what happens next; the
 * office finds it in its inbox with the reporter's contact, investigates, turns it into an inspection of the
 * certificate's producer and records a violation with a follow-up, which the dashboard then counts. A PHP file named
 * .jpg is refused on the page with a clear message.
 */
class MisuseReportBrowserIT extends BrowserTest {

    private static final String PASSWORD = System.getProperty("ocop.admin.password", "it-admin-password");
    /** A valid certificate of the demo data. */
    private static final String CERTIFICATE = "OCOP-HOAB-2024-0202";

    @Test
    void aVisitorReportsAMisuseAndTheOfficeInspectsAndRecordsAViolation() throws Exception {
        String token = Long.toString(System.nanoTime(), 36);
        String product = "Chè Shan tuyết nhái nhãn " + token;
        String contact = "0912 345 678 (" + token + ")";

        driver.get(base + "/verify?number=" + CERTIFICATE);
        driver.findElement(By.id("report-misuse")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("report:product")));
        assertThat(driver.findElement(By.id("report:product")).getAttribute("value")).isNotBlank();
        assertUsablePage("the misuse report form");

        Path php = Files.createTempFile("anh", ".jpg");
        Files.write(php, "<?php echo 'x'; ?>".getBytes(StandardCharsets.UTF_8));
        fillReport(product, contact);
        driver.findElement(By.id("report:photo1")).sendKeys(php.toAbsolutePath().toString());
        driver.findElement(By.id("report:send")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "không phải ảnh JPEG hoặc PNG"));

        Path photo = Files.createTempFile("anh-hien-truong", ".jpg");
        Files.write(photo, Photos.jpegWithGps(800, 600));
        fillReport(product, contact);
        driver.findElement(By.id("report:photo1")).sendKeys(photo.toAbsolutePath().toString());
        driver.findElement(By.id("report:send")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("misuse-sent")));
        assertThat(driver.findElement(By.id("misuse-sent")).getText()).contains("Tiếp theo")
            .contains("Văn phòng OCOP xem xét báo cáo");
        assertThat(driver.getPageSource()).doesNotContain(contact);

        signIn("/admin/logo-use/reports");
        assertThat(driver.findElement(By.id("reports")).getText()).contains(product);
        driver.findElement(By.xpath("//table[@id='reports']//tr[td[contains(., '" + token + "')]]//a")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("report-contact")));
        assertThat(driver.findElement(By.id("report-contact")).getText()).isEqualTo(contact);
        assertThat(driver.findElements(By.cssSelector("#report-photos img"))).hasSize(1);

        driver.findElement(By.id("triage:investigate")).click();
        wait(ExpectedConditions.textToBe(By.id("report-status"), "Đang xác minh"));

        driver.findElement(By.id("inspect:certificate")).sendKeys(CERTIFICATE);
        driver.findElement(By.id("inspect:inspector")).sendKeys("Nguyễn Văn Kiểm");
        driver.findElement(By.id("inspect:plan")).click();
        wait(ExpectedConditions.urlContains("/admin/logo-use/inspection?id="));
        assertThat(driver.findElement(By.id("messages")).getText()).contains("Đã lập kế hoạch kiểm tra.");
        String inspection = driver.getCurrentUrl();

        new Select(driver.findElement(By.id("violation:type"))).selectByValue("COUNTERFEIT_GOODS");
        driver.findElement(By.id("violation:description")).sendKeys("Hàng giả mang nhãn OCOP 4 sao " + token);
        driver.findElement(By.id("violation:certificate")).sendKeys(CERTIFICATE);
        driver.findElement(By.id("violation:sanction")).sendKeys("Thu giữ hàng, lập biên bản");
        driver.findElement(By.id("violation:followUpOn")).sendKeys("10/12/2026");
        driver.findElement(By.id("violation:record")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Đã ghi nhận vi phạm."));
        assertThat(driver.findElement(By.id("violation-list")).getText()).contains("Hàng giả").contains(token)
            .contains("10/12/2026");

        driver.get(base + "/admin/logo-use/reports?status=INVESTIGATING");
        driver.findElement(By.xpath("//table[@id='reports']//tr[td[contains(., '" + token + "')]]//a")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("report-inspection")));
        String inspectionId = inspection.substring(inspection.indexOf("id=") + 3);
        assertThat(driver.findElement(By.id("report-inspection")).getAttribute("href")).endsWith("id=" + inspectionId);

        driver.get(base + "/admin/logo-use/dashboard");
        assertThat(driver.findElement(By.id("by-type")).getText()).contains("Hàng giả");
        assertThat(driver.findElement(By.id("follow-ups")).getText()).contains("10/12/2026");
    }

    private void fillReport(String product, String contact) {
        driver.findElement(By.id("report:product")).clear();
        driver.findElement(By.id("report:product")).sendKeys(product);
        driver.findElement(By.id("report:where")).clear();
        driver.findElement(By.id("report:where")).sendKeys("https://shop.example.vn/che-shan-tuyet");
        driver.findElement(By.id("report:description")).clear();
        driver.findElement(By.id("report:description")).sendKeys("Gói chè in nhãn OCOP 5 sao, chứng nhận chỉ 4 sao.");
        driver.findElement(By.id("report:contact")).clear();
        driver.findElement(By.id("report:contact")).sendKeys(contact);
    }

    private void signIn(String page) {
        driver.manage().deleteAllCookies();
        driver.get(base + page);
        driver.findElement(By.id("login:username")).sendKeys("admin");
        driver.findElement(By.id("login:password")).sendKeys(PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        wait(ExpectedConditions.urlContains(page));
    }

    private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }
}
