package vn.ocop.portal.producer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.specification.RequestSpecification;
import vn.ocop.portal.ApiTest;
import vn.ocop.portal.BrowserTest;
import vn.ocop.portal.MailSink;
import vn.ocop.portal.account.StaffAccounts;
import vn.ocop.portal.logouse.Photos;

/**
 * A producer, in the browser: signs in, opens its listing from the dashboard, changes the description and the price,
 * uploads a photo (a real JPEG made here) and saves; the public product page shows all three at once. It then writes
 * its profile (story, map position, website, links) and its public producer page shows it. A second producer who
 * types the first one's listing address gets the 404 page, without the first one's data. Each test imports two
 * producers of its own.
 */
class ProducerListingBrowserIT extends BrowserTest {

    private static final String ADMIN_PASSWORD = System.getProperty("ocop.admin.password", "it-admin-password");

    private static MailSink mail;
    private String tag;
    private long productA;
    private long productB;
    private long producerA;
    private String accountA;
    private String accountB;

    @BeforeAll
    static void startMail() {
        mail = MailSink.start();
    }

    @AfterAll
    static void stopMail() {
        mail.close();
    }

    private RequestSpecification admin() {
        return given().baseUri(base).auth().preemptive().basic("admin", ADMIN_PASSWORD);
    }

    private String row(String letter) {
        return String.join(",", "PB-" + tag + "-" + letter, "Trà hoa vàng " + letter + " " + tag, "Thực phẩm", "4", "76",
            "Hợp tác xã Trà " + letter + " " + tag, "Hợp tác xã", "Hưng Yên", "Khoái Châu", "Bình Minh", "12/QĐ-UBND",
            "10/04/2025", "Tỉnh", "UBND tỉnh Hưng Yên", "120000", "Mô tả ban đầu " + letter);
    }

    private long productOf(String letter) {
        String url = given().baseUri(base).get("/api/v1/certificates/PB-" + tag + "-" + letter).then().statusCode(200)
            .extract().path("productUrl");
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    @BeforeEach
    void twoProducers() throws Exception {
        tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        admin().contentType("text/csv; charset=UTF-8").body((ApiTest.LIST_HEADER + "\n" + row("A") + "\n" + row("B") + "\n")
            .getBytes(StandardCharsets.UTF_8)).post("/api/v1/admin/imports/certified-products").then().statusCode(200);
        productA = productOf("A");
        productB = productOf("B");
        producerA = ((Number) given().baseUri(base).get("/api/v1/products/" + productA).then().statusCode(200)
            .extract().path("producer.id")).longValue();
        long producerB = ((Number) given().baseUri(base).get("/api/v1/products/" + productB).then().statusCode(200)
            .extract().path("producer.id")).longValue();
        accountA = StaffAccounts.create(base, admin(), mail, "pbrowser-a", "PRODUCER", producerA);
        accountB = StaffAccounts.create(base, admin(), mail, "pbrowser-b", "PRODUCER", producerB);
    }

    @Test
    void aProducerEditsItsListingAndProfileAndThePublicPagesShowItAtOnce() throws Exception {
        signIn(accountA, "/producer/");
        assertThat(driver.findElement(By.id("own-products")).getText()).contains("Trà hoa vàng A " + tag)
            .doesNotContain("Trà hoa vàng B " + tag);
        driver.findElement(By.xpath("//table[@id='own-products']//tr[td[contains(., 'Trà hoa vàng A " + tag
            + "')]]//a[contains(@href, '/producer/product')]")).click();
        wait(ExpectedConditions.urlContains("/producer/product?id=" + productA));
        assertThat(driver.findElement(By.id("certified")).getText()).contains("Trà hoa vàng A " + tag).contains("PB-" + tag + "-A");

        String description = "Trà hoa vàng Ba Chẽ, hái tay, sấy lạnh " + tag;
        replace("listing:description", description);
        replace("listing:price", "235000");
        replace("listing:unit", "hộp 100 g");
        driver.findElement(By.id("listing:save")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Đã lưu"));
        assertThat(driver.findElement(By.id("listing:description")).getAttribute("value")).isEqualTo(description);

        Path photo = Files.createTempFile("tra-hoa-vang", ".jpg");
        Files.write(photo, Photos.jpegWithGps(900, 600));
        driver.findElement(By.id("upload:file")).sendKeys(photo.toAbsolutePath().toString());
        driver.findElement(By.id("upload:add")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Đã thêm ảnh"));
        assertThat(driver.findElements(By.cssSelector("#photo-list img"))).hasSize(1);
        assertThat(driver.findElement(By.id("listing:description")).getAttribute("value")).isEqualTo(description);

        driver.get(base + "/product/" + productA);
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains(description).contains("235.000").contains("hộp 100 g");
        List<WebElement> photos = driver.findElements(By.cssSelector("#product-photos img"));
        assertThat(photos).hasSize(1);
        String src = photos.get(0).getAttribute("src");
        byte[] served = given().get(src).then().statusCode(200).contentType("image/jpeg").extract().asByteArray();
        assertThat(Photos.contains(served, Photos.GPS)).as("the served photo has no EXIF position").isFalse();

        // The profile: a plain form (the map's tiles do not load here), then the public producer page.
        driver.get(base + "/producer/");
        driver.findElement(By.id("profile-edit")).click();
        wait(ExpectedConditions.urlContains("/producer/profile"));
        assertThat(driver.findElement(By.id("registered")).getText()).contains("Hợp tác xã Trà A " + tag).contains("Hưng Yên");
        assertUsablePage("the producer profile form");

        String story = "Hợp tác xã trồng trà hoa vàng dưới tán rừng Ba Chẽ từ năm 2012 " + tag;
        replace("profile:story", story);
        replace("profile:latitude", "21.2705");
        replace("profile:longitude", "107.2921");
        replace("profile:website", "http://tra.example.vn");
        driver.findElement(By.id("profile:save")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("profile"), "Chỉ nhận địa chỉ https://"));

        replace("profile:website", "https://tra.example.vn");
        replace("profile:links", "https://facebook.example.vn/tra-ba-che\nhttps://shop.example.vn/tra");
        replace("profile:latitude", "95");
        driver.findElement(By.id("profile:save")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("profile"), "Vĩ độ từ −90 đến 90"));

        replace("profile:latitude", "21.2705");
        driver.findElement(By.id("profile:save")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Đã lưu"));
        assertThat(driver.findElement(By.id("profile:story")).getAttribute("value")).isEqualTo(story);

        driver.findElement(By.id("upload:file")).sendKeys(photo.toAbsolutePath().toString());
        driver.findElement(By.id("upload:add")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Đã thêm ảnh"));
        assertThat(driver.findElements(By.cssSelector("#photo-list img"))).hasSize(1);

        driver.findElement(By.id("public-page")).click();
        wait(ExpectedConditions.urlContains("/producers/" + producerA));
        assertThat(driver.findElement(By.id("producer-story")).getText()).isEqualTo(story);
        assertThat(driver.findElement(By.id("producer-position")).getText()).contains("21.2705").contains("107.2921");
        assertThat(driver.findElement(By.id("producer-website")).getAttribute("href")).startsWith("https://tra.example.vn");
        assertThat(driver.findElement(By.id("producer-links")).getText()).contains("https://facebook.example.vn/tra-ba-che")
            .contains("https://shop.example.vn/tra");
        assertThat(driver.findElements(By.cssSelector("#producer-photos img"))).hasSize(1);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Trà hoa vàng A " + tag);
        assertUsablePage("the public producer page with its profile");

        List<String> actions = admin().get("/api/v1/admin/audit?subject=producer " + producerA).then().statusCode(200)
            .extract().jsonPath().getList("action", String.class);
        assertThat(actions).contains("producer.profile.update", "producer.photo.add");
    }

    @Test
    void aSecondProducerGetsThe404PageForTheFirstOnesListing() {
        signIn(accountB, "/producer/");
        driver.get(base + "/producer/product?id=" + productA);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy trang");
        assertThat(driver.getPageSource()).doesNotContain("Trà hoa vàng A " + tag).doesNotContain("Mô tả ban đầu A");

        driver.get(base + "/producer/product?id=" + productB);
        assertThat(driver.findElement(By.id("certified")).getText()).contains("Trà hoa vàng B " + tag);
        driver.get(base + "/producer/profile");
        assertThat(driver.findElement(By.id("registered")).getText()).contains("Hợp tác xã Trà B " + tag)
            .doesNotContain("Trà A");
    }

    private void replace(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private void signIn(String username, String page) {
        driver.manage().deleteAllCookies();
        driver.get(base + page);
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(StaffAccounts.PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        wait(ExpectedConditions.urlContains(page));
        wait(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    private void wait(ExpectedCondition<?> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }
}
