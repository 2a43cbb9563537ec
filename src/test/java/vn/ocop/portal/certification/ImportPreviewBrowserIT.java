package vn.ocop.portal.certification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.specification.RequestSpecification;
import vn.ocop.portal.BrowserTest;
import vn.ocop.portal.Eventually;
import vn.ocop.portal.certification.control.Workbooks;

/**
 * The office previews a list before it is written, in the browser: what will be added, updated (old → new) and
 * rejected; confirming imports exactly that, and a preview the database has moved away from is refused and shown
 * afresh. Each test makes certificate numbers of its own.
 */
class ImportPreviewBrowserIT extends BrowserTest {

    private static final String HEADER = "certificate_number,product_name,product_group,stars,score,producer_name,"
        + "producer_type,province,district,commune,decision_number,decision_date,issuing_level,issuing_authority,"
        + "price_vnd,description";
    private String tag;

    @BeforeEach
    void tag() {
        tag = Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    /**
     * Leaves the admin page while still signed in: OmniFaces' view scope sends an unload beacon as a page is left,
     * and one sent after the next test has cleared the cookies would answer with a session of its own.
     */
    @AfterEach
    void leave() {
        driver.get(base + "/verify");
    }

    private String number(int n) {
        return "PB-" + tag + "-" + n;
    }

    private String productName(int n) {
        return switch (n % 3) {
            // Names late in the alphabet: lists of the demo data sorted by name start as they did.
            case 0 -> "Xôi gấc ";
            case 1 -> "Yến sào ";
            default -> "Xoài sấy ";
        } + tag + "-" + n;
    }

    private String row(int n, String stars, String score, String date, String price) {
        return String.join(",", number(n), productName(n), "Thực phẩm", stars, score, "Hộ kinh doanh Xem trước " + tag,
            "Hộ kinh doanh", "Hà Nam", "Lý Nhân", "Nhân Hậu", "19/QĐ-UBND", date, "Tỉnh", "UBND tỉnh Hà Nam", price,
            "Sản phẩm kiểm thử");
    }

    private RequestSpecification api() {
        return given().baseUri(base).auth().preemptive().basic("admin", System.getProperty("ocop.admin.password", "it-admin-password"));
    }

    private void importOverApi(String... rows) {
        api().contentType("text/csv").body((HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8))
            .post("api/v1/admin/imports/certified-products").then().statusCode(200);
    }

    private int certificateStatus(int n) {
        return given().baseUri(base).get("api/v1/certificates/" + number(n)).then().extract().statusCode();
    }

    private void signIn() {
        driver.get(base + "/admin/import");
        driver.findElement(By.id("login:username")).sendKeys("admin");
        driver.findElement(By.id("login:password")).sendKeys(System.getProperty("ocop.admin.password", "it-admin-password"));
        driver.findElement(By.id("login:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60))
            .withMessage(() -> "signed in; the page says: " + driver.findElement(By.tagName("main")).getText())
            .until(ExpectedConditions.urlContains("/admin/import"));
    }

    private void upload(Path file) {
        driver.findElement(By.id("import:file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("import:upload")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("preview-added")));
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private String previewCounts() {
        return String.join(" ", text("preview-added"), text("preview-updated"), text("preview-unchanged"), text("preview-rejected"));
    }

    private void confirm() {
        WebElement button = driver.findElement(By.id("preview:confirm"));
        button.click();
        WebDriverWait answer = new WebDriverWait(driver, Duration.ofSeconds(60));
        answer.until(ExpectedConditions.stalenessOf(button));
        answer.until(ExpectedConditions.or(
            ExpectedConditions.presenceOfElementLocated(By.id("count-imported")),
            ExpectedConditions.presenceOfElementLocated(By.cssSelector(".messages li"))));
    }

    private String reportCounts() {
        return String.join(" ", text("count-imported"), text("count-updated"), text("count-unchanged"), text("count-rejected"));
    }

    private static Path file(String suffix, byte[] content) throws IOException {
        Path file = Files.createTempFile("danh-sach-ocop", suffix);
        Files.write(file, content);
        return file;
    }

    private Path csv(String... rows) throws IOException {
        return file(".csv", (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Opens the product of a certificate from the public catalogue, once the search index has it. The number's
     * words match this run's other certificates too, so wait for the card of this one's product and click it.
     */
    private void openPublicProductOf(int n) throws Exception {
        By card = By.linkText(productName(n));
        int found = Eventually.within(Duration.ofSeconds(10), () -> {
            driver.get(base + "/catalogue?status=any&q=" + number(n));
            return driver.findElements(card).size();
        }, count -> count > 0);
        assertThat(found).as("the imported product in the catalogue").isPositive();
        driver.findElement(card).click();
    }

    @Test
    void anAdminPreviewsACsvAndAnXlsxListThenConfirmsEach() throws Exception {
        importOverApi(row(2, "3", "60", "01/03/2025", "45000"));
        signIn();

        upload(csv(row(1, "4", "75", "15/04/2025", "30000"),    // new
            row(2, "4", "72", "01/03/2025", "45000"),               // a correction: 3 → 4 stars
            row(3, "3", "75", "15/04/2025", "30000")));             // score outside the 3-star band
        assertThat(previewCounts()).isEqualTo("1 1 0 1");
        assertThat(text("preview:added")).contains(number(1)).contains(productName(1)).contains("Sản phẩm mới");
        assertThat(text("preview:updated")).contains(number(2)).contains("Số sao: 3 → 4").contains("Điểm: 60 → 72");
        assertThat(text("preview:rejected")).contains("4").contains("75");
        assertThat(certificateStatus(1)).as("nothing written before the confirmation").isEqualTo(404);
        assertThat(given().baseUri(base).get("api/v1/certificates/" + number(2)).then().extract().path("stars").toString())
            .isEqualTo("3");

        confirm();
        assertThat(reportCounts()).isEqualTo("1 1 0 1");
        assertThat(given().baseUri(base).get("api/v1/certificates/" + number(2)).then().extract().path("stars").toString())
            .isEqualTo("4");

        driver.get(base + "/admin/import");
        String workbook = String.join("\n", HEADER,
            row(4, "5", "91", "20/05/2025", "120000"),              // new
            row(1, "4", "75", "15/04/2025", "35000"),               // the price changes
            row(5, "4", "75", "01/01/2027", "30000")) + "\n";       // dated in the future
        upload(file(".xlsx", Workbooks.of(workbook)));
        assertThat(previewCounts()).isEqualTo("1 1 0 1");
        assertThat(text("preview:updated")).contains(number(1)).contains("Giá (đồng): 30000 → 35000");
        assertThat(text("preview:rejected")).contains("01/01/2027");
        confirm();
        assertThat(reportCounts()).isEqualTo("1 1 0 1");

        openPublicProductOf(4);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(productName(4));
        assertThat(driver.findElement(By.cssSelector(".certificate__number")).getText()).isEqualTo(number(4));
        openPublicProductOf(1);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(productName(1));
        assertThat(driver.getPageSource()).contains("35.000 ₫");
    }

    @Test
    void aPreviewTheDatabaseMovedAwayFromIsRefusedAndShownAfresh() throws Exception {
        signIn();
        Path list = csv(row(1, "4", "75", "15/04/2025", "30000"), row(2, "3", "60", "15/04/2025", "20000"));

        upload(list);
        driver.findElement(By.id("preview:cancel")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("import:file")));
        assertThat(driver.findElements(By.id("preview-added"))).as("a cancelled preview is gone").isEmpty();
        assertThat(certificateStatus(1)).isEqualTo(404);

        upload(list);
        assertThat(previewCounts()).isEqualTo("2 0 0 0");
        importOverApi(row(1, "4", "75", "15/04/2025", "30000")); // someone imports one of its rows meanwhile

        confirm();
        assertThat(text("messages")).contains("Dữ liệu đã thay đổi kể từ khi xem trước");
        assertThat(driver.findElements(By.id("count-imported"))).as("no report: nothing was imported").isEmpty();
        assertThat(previewCounts()).as("the fresh preview").isEqualTo("1 0 1 0");
        assertThat(certificateStatus(2)).as("nothing of the refused confirmation was written").isEqualTo(404);

        confirm();
        assertThat(reportCounts()).isEqualTo("1 0 1 0");
        assertThat(certificateStatus(2)).isEqualTo(200);
    }
}
