package vn.ocop.portal.logouse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.http.ContentType;
import vn.ocop.portal.ApiTest;
import vn.ocop.portal.BrowserTest;

/**
 * The office's pages for the mark, in a browser: a logo use with a star level other than the certificate's is refused
 * with the reason in the page, and so is one whose artwork is a PHP file named .jpg; one with the right stars and an uploaded artwork is recorded and listed with its
 * thumbnail; a stamp batch is recorded, an overlapping one is refused in the page, and the public stamp check finds a
 * serial of the batch. Once the certificate is revoked, the record is on the inspection worklist, whose link prefills
 * the inspection plan, and the office records it as stopped.
 */
class LogoUseBrowserIT extends BrowserTest {

    private static final String PASSWORD = System.getProperty("ocop.admin.password", "it-admin-password");

    @Test
    void theOfficeRecordsALogoUseWithArtworkAndStampBatches() throws Exception {
        String token = Long.toString(System.nanoTime(), 36).toUpperCase();
        String number = importCertificate("LUB-" + token, 4);
        String prefix = "W" + token.substring(token.length() - 6) + "-";

        signIn("/admin/logo-use/uses");
        assertUsablePage("the logo-use records");
        fillUse(number, "3");
        driver.findElement(By.id("use:save")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "khác số sao của chứng nhận " + number));
        assertThat(driver.findElements(By.xpath("//table[@id='uses']//td[contains(., '" + number + "')]"))).isEmpty();

        Path php = Files.createTempFile("bieu-trung", ".jpg");
        Files.write(php, "<?php echo 'x'; ?>".getBytes(StandardCharsets.UTF_8));
        fillUse(number, "4");
        driver.findElement(By.id("use:artwork")).sendKeys(php.toAbsolutePath().toString());
        driver.findElement(By.id("use:save")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "không phải ảnh JPEG hoặc PNG"));
        assertThat(driver.findElements(By.xpath("//table[@id='uses']//td[contains(., '" + number + "')]"))).isEmpty();

        Path artwork = Files.createTempFile("bieu-trung", ".jpg");
        Files.write(artwork, Photos.jpegWithGps(640, 480));
        fillUse(number, "4");
        driver.findElement(By.id("use:artwork")).sendKeys(artwork.toAbsolutePath().toString());
        driver.findElement(By.id("use:save")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Đã ghi nhận hồ sơ sử dụng biểu trưng"));
        WebElement row = driver.findElement(By.xpath("//table[@id='uses']//tr[td[contains(., '" + number + "')]]"));
        assertThat(row.getText()).contains("Bao bì sản phẩm").contains("4★").contains("Đang sử dụng")
            .contains("25/11/2026 – 31/12/2027");
        WebElement thumbnail = row.findElement(By.cssSelector("img.artwork"));
        assertThat(thumbnail.getAttribute("src")).contains("/images/logouse/").contains("-thumb");
        waitFor(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
            "return arguments[0].complete && arguments[0].naturalWidth > 0", thumbnail));
        driver.findElement(By.id("status-ACTIVE")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("statuses")));
        assertThat(driver.findElement(By.id("uses")).getText()).contains(number);

        driver.get(base + "/admin/logo-use/stamps");
        assertUsablePage("the stamp batches");
        fillBatch("B-" + token, number, prefix, "1", "1000", "1000");
        driver.findElement(By.id("batch:save")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Đã ghi nhận lô tem B-" + token));
        assertThat(driver.findElement(By.id("batches")).getText()).contains("B-" + token).contains(prefix + "1–" + prefix + "1000");

        fillBatch("C-" + token, number, prefix, "1000", "1999", "1000");
        driver.findElement(By.id("batch:save")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "trùng với lô tem B-" + token));
        assertThat(driver.findElement(By.id("batches")).getText()).doesNotContain("C-" + token);

        fillBatch("D-" + token, number, prefix, "2000", "2999", "999");
        driver.findElement(By.id("batch:save")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "không khớp với dải số sê-ri"));

        driver.manage().deleteAllCookies();
        driver.get(base + "/verify?serial=" + prefix + "000123");
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("stamp-verdict")));
        assertThat(driver.findElement(By.id("stamp-verdict")).getText()).contains("Tem thật, chứng nhận còn hiệu lực")
            .contains(number).contains("B-" + token);

        admin().contentType(ContentType.JSON).body("{\"on\": \"2026-11-25\", \"reason\": \"Vi phạm ghi nhãn\"}")
            .post("api/v1/admin/certificates/" + number + "/revocation").then().statusCode(200);
        signIn("/admin/logo-use/worklist");
        assertUsablePage("the inspection worklist");
        WebElement work = driver.findElement(By.xpath("//table[@id='worklist']//tr[td[contains(., '" + number + "')]]"));
        assertThat(work.getText()).contains("Phải ngừng sử dụng").contains("thu hồi");
        String id = work.getAttribute("id").substring("work-".length());
        assertThat(driver.findElement(By.id("certificate-" + id)).getAttribute("href"))
            .endsWith("/admin/registry/certificate?number=" + number);
        driver.findElement(By.id("inspect-" + id)).click();
        waitFor(ExpectedConditions.urlContains("/admin/logo-use/inspections?certificate="));
        assertThat(driver.findElement(By.id("plan:certificate")).getAttribute("value")).isEqualTo(number);

        driver.get(base + "/admin/logo-use/worklist");
        driver.findElement(By.id("work:stop" + id)).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Hồ sơ số " + id + " đã được ghi nhận là ngừng"));
        assertThat(driver.findElements(By.id("work-" + id))).isEmpty();
        driver.get(base + "/admin/logo-use/uses?status=STOPPED");
        assertThat(driver.findElement(By.id("use-" + id)).getText()).contains("Đã ngừng sử dụng");
    }

    private String importCertificate(String number, int stars) {
        String csv = ApiTest.LIST_HEADER + "\n" + number + ",Mật ong Biểu trưng " + number + ",Thực phẩm," + stars
            + ",75,HTX Biểu trưng " + number + ",Hợp tác xã,Hưng Yên,Khoái Châu,Bình Minh,67/QĐ-UBND,01/09/2026,Tỉnh,"
            + "UBND tỉnh Hưng Yên,,\n";
        admin().contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
            .post("api/v1/admin/imports/certified-products").then().statusCode(200);
        return number;
    }

    private io.restassured.specification.RequestSpecification admin() {
        return given().baseUri(base + "/").auth().preemptive().basic("admin", PASSWORD);
    }

    private void fillUse(String number, String stars) {
        type("use:certificate", number);
        new Select(driver.findElement(By.id("use:form"))).selectByValue("PACKAGING");
        new Select(driver.findElement(By.id("use:stars"))).selectByValue(stars);
        type("use:until", "31/12/2027");
        type("use:notes", "Mẫu in trên hộp 500 g");
    }

    private void fillBatch(String code, String number, String prefix, String first, String last, String quantity) {
        type("batch:code", code);
        type("batch:certificate", number);
        type("batch:prefix", prefix);
        type("batch:first", first);
        type("batch:last", last);
        type("batch:quantity", quantity);
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void signIn(String page) {
        driver.manage().deleteAllCookies();
        driver.get(base + page);
        driver.findElement(By.id("login:username")).sendKeys("admin");
        driver.findElement(By.id("login:password")).sendKeys(PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        waitFor(ExpectedConditions.urlContains(page));
    }

    private void waitFor(ExpectedCondition<?> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }
}
