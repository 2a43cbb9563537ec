package vn.ocop.portal.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import vn.ocop.portal.ApiTest;
import vn.ocop.portal.BrowserTest;
import vn.ocop.portal.MailSink;
import vn.ocop.portal.account.StaffAccounts;

/**
 * An editor writes an announcement in the rich-text editor, with bold text and hostile markup slipped past the
 * editor, attaches a PDF and publishes it; a visitor reads it in Vietnamese and English, finds no script in the page
 * and downloads the file.
 */
class NewsBrowserIT extends BrowserTest {

    private static final String PASSWORD = System.getProperty("ocop.admin.password", "it-admin-password");

    @Test
    void anEditorPublishesAnAnnouncementAndAVisitorReadsItSafely() throws Exception {
        String unique = Long.toString(System.nanoTime(), 36);
        String titleVi = "Thông báo danh sách OCOP " + unique;
        String titleEn = "OCOP list notice " + unique;
        signIn("admin", PASSWORD, "/admin/news-edit");
        driver.findElement(By.id("news:save")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("[id='news:titleVi'] ~ .field__error"), "Cần có tiêu đề."));
        assertThat(driver.findElement(By.cssSelector("[id='news:bodyVi'] ~ .field__error")).getText()).isEqualTo("Cần có nội dung.");

        driver.findElement(By.id("news:titleVi")).sendKeys(titleVi);
        write("news:bodyVi", "Danh sách đậm", " đã được công bố.");
        driver.findElement(By.id("news:titleEn")).sendKeys(titleEn);
        write("news:bodyEn", "Bold list", " is published.");
        driver.findElement(By.id("news:slug")).click();
        // Markup a hostile client sends past the editor: the server must drop it whatever the browser did.
        js().executeScript("var i = document.getElementById('news:bodyVi_input');"
            + "i.value = i.value + '<p><img src=x onerror=\"window.pwned=1\"></p><script>window.pwned=2</script>"
            + "<p><a href=\"javascript:window.pwned=3\">liên kết</a></p>';");
        driver.findElement(By.id("news:save")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/admin/news-edit?id="));
        assertThat(driver.findElement(By.id("messages")).getText()).contains("Đã lưu tin.");

        Path pdf = Files.createTempFile("thong-bao", ".pdf");
        Files.write(pdf, tinyPdf());
        driver.findElement(By.id("upload:file")).sendKeys(pdf.toAbsolutePath().toString());
        driver.findElement(By.id("upload:attach")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
            By.id("messages"), "Đã đính kèm tệp."));
        assertThat(driver.findElement(By.id("attachment-list")).getText()).contains(pdf.getFileName().toString());

        String editPage = driver.getCurrentUrl();
        editedMeanwhileElsewhere(editPage);

        driver.manage().deleteAllCookies();
        driver.get(base + "/news");
        driver.findElement(By.linkText(titleVi)).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("news-title"), titleVi));
        WebElement body = driver.findElement(By.id("news-body"));
        assertThat(body.findElement(By.tagName("strong")).getText()).isEqualTo("Danh sách đậm");
        assertThat(body.getText()).contains("đã được công bố.").contains("liên kết");
        assertThat(js().executeScript("return document.querySelectorAll('#news-body script, #news-body img, #news-body iframe,"
            + " #news-body [onerror], #news-body [style], #news-body a[href^=javascript]').length")).isEqualTo(0L);
        assertThat(js().executeScript("return document.getElementById('news-body').innerHTML"))
            .asString().doesNotContain("onerror").doesNotContain("script").doesNotContain("javascript:");
        assertThat(js().executeScript("return window.pwned === undefined")).isEqualTo(true);
        assertUsablePage("an article");

        WebElement attachment = driver.findElement(By.cssSelector("a.news-attachment"));
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create(attachment.getAttribute("href"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(tinyPdf());
        assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
            .startsWith("attachment;").contains("filename*=UTF-8''" + pdf.getFileName());

        driver.get(base + "/language?to=en&back=/news");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("News and announcements");
        driver.findElement(By.linkText(titleEn)).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("news-title"), titleEn));
        assertThat(driver.findElement(By.cssSelector("#news-body strong")).getText()).isEqualTo("Bold list");
        assertThat(driver.findElements(By.id("news-fallback"))).isEmpty();
        assertUsablePage("an article in English");
        driver.get(base + "/news");
        assertUsablePage("the news list");
    }

    @Test
    void theCommerceDepartmentPublishesFromThePagesToo() throws Exception {
        String commerce;
        try (MailSink mail = MailSink.start()) {
            commerce = StaffAccounts.create(base, RestAssured.given().baseUri(base).auth().preemptive().basic("admin", PASSWORD),
                mail, "commerce-page", "COMMERCE", null);
        }
        String title = "Phiên chợ OCOP cuối tuần " + Long.toString(System.nanoTime(), 36);
        signIn(commerce, StaffAccounts.PASSWORD, "/admin/news-edit");
        driver.findElement(By.id("news:titleVi")).sendKeys(title);
        write("news:bodyVi", "Sở Công Thương", " mời các chủ thể OCOP tham gia.");
        driver.findElement(By.id("news:save")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
            By.id("messages"), "Đã lưu tin."));
        driver.get(base + "/admin/news");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(title).contains(commerce);

        driver.manage().deleteAllCookies();
        driver.get(base + "/news");
        driver.findElement(By.linkText(title)).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("news-title"), title));
        driver.get(base + "/language?to=en&back=/news");
        driver.findElement(By.linkText(title)).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("news-fallback")));
        assertThat(driver.findElement(By.id("news-fallback")).getText()).contains("no English version yet");
    }

    @Test
    void theOfficePublishesADecisionsListAsAnAnnouncementInOneStep() throws Exception {
        String token = Long.toString(System.nanoTime(), 36).toUpperCase();
        String decision = "NEWS-" + token + "/QĐ-UBND";
        String csv = ApiTest.LIST_HEADER + "\n"
            + decision.replace("/QĐ-UBND", "") + "-1,Mật ong Tin tức 1 " + token + ",Thực phẩm,4,75,HTX Tin tức " + token + ",Hợp tác xã,Hưng Yên,Khoái Châu,Bình Minh,"
            + decision + ",01/09/2026,Tỉnh,UBND tỉnh Hưng Yên,,\n"
            + decision.replace("/QĐ-UBND", "") + "-2,Mật ong Tin tức 2 " + token + ",Thực phẩm,3,60,HTX Tin tức " + token + ",Hợp tác xã,Hưng Yên,Khoái Châu,Bình Minh,"
            + decision + ",01/09/2026,Tỉnh,UBND tỉnh Hưng Yên,,\n";
        RequestSpecification admin = RestAssured.given().baseUri(base).auth().preemptive().basic("admin", PASSWORD);
        admin.contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
            .post("api/v1/admin/imports/certified-products").then().statusCode(200);
        long id = RestAssured.given().baseUri(base).auth().preemptive().basic("admin", PASSWORD).queryParam("number", decision)
            .get("api/v1/admin/decisions").then().statusCode(200).extract().jsonPath().getLong("[0].id");

        signIn("admin", PASSWORD, "/admin/decisions/" + id);
        driver.findElement(By.id("announce:publish")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/admin/news-edit?id="));
        assertThat(driver.findElement(By.id("messages")).getText()).contains("Đã đăng thông báo kèm danh sách");
        String title = "Danh sách sản phẩm OCOP được công nhận theo Quyết định số " + decision + " ngày 01/09/2026";
        assertThat(driver.findElement(By.id("news:titleVi")).getAttribute("value")).isEqualTo(title);
        assertThat(driver.findElement(By.id("attachment-list")).getText()).contains(".xlsx");

        driver.manage().deleteAllCookies();
        driver.get(base + "/news");
        driver.findElement(By.linkText(title)).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("news-title"), title));
        assertThat(driver.findElement(By.id("news-body")).getText()).contains("UBND tỉnh Hưng Yên công nhận 2 sản phẩm OCOP");
        String href = driver.findElement(By.cssSelector("a.news-attachment")).getAttribute("href");
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.headers().firstValue("Content-Type"))
            .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(2);
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(decision.replace("/QĐ-UBND", "") + "-1");
        }

        signIn("admin", PASSWORD, "/admin/expiry");
        driver.findElement(By.id("expiry:publish")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/admin/news-edit?id="));
        assertThat(driver.findElement(By.id("news:titleVi")).getAttribute("value"))
            .isEqualTo("Danh sách chứng nhận OCOP hết hiệu lực trong 90 ngày tới (tính từ 25/11/2026)");
        assertThat(driver.findElement(By.id("news:titleEn")).getAttribute("value"))
            .isEqualTo("OCOP certificates expiring in the next 90 days (from 25/11/2026)");
        assertThat(driver.findElement(By.id("attachment-list")).getText()).contains("ocop-certificates-expiring-90-days-2026-11-25.xlsx");
    }

    /** Two views of one announcement: saving the older one after the newer gets the conflict message, not a lost update. */
    private void editedMeanwhileElsewhere(String editPage) {
        String older = driver.getWindowHandle();
        String slugHere = driver.findElement(By.id("news:slug")).getAttribute("value");
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(editPage);
        driver.findElement(By.id("news:slug")).clear();
        driver.findElement(By.id("news:slug")).sendKeys(slugHere + "-moi");
        driver.findElement(By.id("news:save")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
            By.id("messages"), "Đã lưu tin."));
        driver.close();
        driver.switchTo().window(older);
        driver.findElement(By.id("news:save")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
            By.id("messages"), "vừa được người khác sửa"));
        assertThat(driver.findElement(By.id("news:slug")).getAttribute("value")).as("the editor's text stays").isEqualTo(slugHere);
    }

    private void signIn(String user, String password, String page) {
        driver.get(base + page);
        driver.findElement(By.id("login:username")).sendKeys(user);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(page));
    }

    /** Types bold text with the toolbar's bold button, then plain text, into the editor {@code id}. */
    private void write(String id, String bold, String plain) {
        WebElement editor = driver.findElement(By.cssSelector("[id='" + id + "'] .ql-editor"));
        editor.click();
        WebElement boldButton = driver.findElement(By.cssSelector("[id='" + id + "'] button.ql-bold"));
        boldButton.click();
        editor.sendKeys(bold);
        boldButton.click();
        editor.sendKeys(plain);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    /** A one-page PDF with a correct cross-reference table, which PDF readers open. */
    static byte[] tinyPdf() {
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
            .append("\n%%EOF\n");
        out.writeBytes(pdf.toString().getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
