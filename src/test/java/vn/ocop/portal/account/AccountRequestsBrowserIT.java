package vn.ocop.portal.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.portal.Eventually.within;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.ocop.portal.ApiTest;
import vn.ocop.portal.BrowserTest;
import vn.ocop.portal.MailSink;

/**
 * A producer asks for an account on the public form, choosing itself by typing its name without diacritics; the
 * office approves it on /admin/account-requests; the mailed link sets the password, and the new producer account
 * signs in to the producer area. The office hides a listing from the certificate's page and shows it again.
 */
class AccountRequestsBrowserIT extends BrowserTest {

    private static final String ADMIN_PASSWORD = System.getProperty("ocop.admin.password", "it-admin-password");
    private static final Pattern REQUEST_NUMBER = Pattern.compile("(\\d+)");
    private static MailSink mail;

    @ArquillianResource
    java.net.URL api;

    @BeforeAll
    static void startMail() {
        mail = MailSink.start();
    }

    @AfterAll
    static void stopMail() {
        mail.close();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private void loaded() {
        waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private void signIn(String username, String password) {
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private RequestSpecification admin() {
        return given().baseUri(api.toString()).auth().preemptive().basic("admin", ADMIN_PASSWORD);
    }

    /** Imports one certified product of a producer of its own; answers the certificate number. */
    private String importProducer(String tag) {
        String number = "AR-" + tag;
        String row = String.join(",", number, "Bột sắn dây " + tag, "Thực phẩm", "4", "78",
            "Hợp tác xã Chè Đồng Tâm " + tag, "Hợp tác xã", "Hưng Yên", "Khoái Châu", "Bình Minh", "77/QĐ-UBND",
            "10/06/2025", "Huyện", "UBND huyện Khoái Châu", "250000", "Trà cổ thụ");
        admin().contentType("text/csv").body((ApiTest.LIST_HEADER + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8))
            .post("api/v1/admin/imports/certified-products").then().statusCode(200);
        return number;
    }

    @Test
    void aVisitorRequestsAnAccountTheOfficeApprovesItAndTheProducerSignsIn() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        importProducer(tag);
        // The type-ahead reads the search index, which follows the import within seconds.
        within(Duration.ofSeconds(20), () -> given().baseUri(api.toString()).queryParam("q", "dong tam " + tag)
            .get("api/v1/suggest").then().extract().asString(), answer -> answer.contains(tag));

        driver.get(base + "/login");
        driver.findElement(By.id("request-account")).click();
        loaded();
        assertThat(driver.getCurrentUrl()).endsWith("/account/request");
        assertUsablePage("the account request page");

        // Nothing chosen: worded refusals at the fields (Bean Validation of the form, and the choice), nothing sent.
        driver.findElement(By.id("request:send")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("request:producer-message"),
            "Hãy chọn chủ thể"));
        assertThat(driver.findElement(By.id("request")).getText()).contains("Hãy nhập số đăng ký kinh doanh");
        assertThat(driver.findElements(By.id("sent"))).isEmpty();

        // The producer typed without diacritics, chosen from the suggestions.
        WebElement producer = driver.findElement(By.id("request:producer_input"));
        producer.sendKeys("dong tam " + tag.toLowerCase());
        WebElement choice = waiting().until(ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#request\\:producer_panel li.ui-autocomplete-item")));
        assertThat(choice.getText()).contains("Hợp tác xã Chè Đồng Tâm " + tag).contains("Hưng Yên");
        choice.click();
        waiting().until(d -> d.findElement(By.id("request:producer_input")).getAttribute("value").contains("Đồng Tâm"));

        String username = StaffAccounts.unique("requested");
        driver.findElement(By.id("request:registrationNumber")).sendKeys("5100123456");
        driver.findElement(By.id("request:contactPerson")).sendKeys("Nguyễn Thị Lan");
        driver.findElement(By.id("request:phone")).sendKeys("0912 345 678");
        driver.findElement(By.id("request:email")).sendKeys(StaffAccounts.email(username));
        driver.findElement(By.id("request:send")).click();
        WebElement sent = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("sent")));
        assertThat(sent.getText()).contains(StaffAccounts.email(username)).contains("72");
        Matcher number = REQUEST_NUMBER.matcher(driver.findElement(By.id("sent-title")).getText());
        assertThat(number.find()).isTrue();
        String id = number.group(1);

        // The office approves it with the proposed user name changed to its own choice.
        driver.manage().deleteAllCookies();
        driver.get(base + "/admin/account-requests");
        signIn("admin", ADMIN_PASSWORD);
        assertThat(driver.getCurrentUrl()).endsWith("/admin/account-requests");
        WebElement request = driver.findElement(By.cssSelector("section[data-request='" + id + "']"));
        assertThat(request.getText()).contains("Hợp tác xã Chè Đồng Tâm " + tag).contains("5100123456")
            .contains("Nguyễn Thị Lan");
        assertUsablePage("the account requests page");
        WebElement name = request.findElement(By.cssSelector("input[id$=':username']"));
        assertThat(name.getAttribute("value")).isEqualTo(username);
        request.findElement(By.cssSelector("input[id$=':approve']")).click();
        loaded();
        assertThat(driver.findElement(By.id("requests:messages")).getText()).contains(username);
        assertThat(driver.findElements(By.cssSelector("section[data-request='" + id + "']"))).isEmpty();
        List<String> actions = admin().get("api/v1/admin/audit?subject=account request " + id).then().statusCode(200)
            .extract().jsonPath().getList("action", String.class);
        assertThat(actions).contains("account.request.approve");
        driver.findElement(By.id("logout:signOut")).click();
        loaded();

        // The mailed link sets the password; the new producer account signs in to the producer area.
        String token = StaffAccounts.tokenFromMail(mail, username, 1);
        driver.get(base + "/account/set-password?token=" + token);
        driver.findElement(By.id("password:new")).sendKeys(StaffAccounts.PASSWORD);
        driver.findElement(By.id("password:confirmation")).sendKeys(StaffAccounts.PASSWORD);
        driver.findElement(By.id("password:save")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        // Signed in, the account is sent on to the producer area it asked for: its own producer's dashboard.
        driver.get(base + "/producer/");
        signIn(username, StaffAccounts.PASSWORD);
        loaded();
        assertThat(driver.getCurrentUrl()).endsWith("/producer/index");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Hợp tác xã Chè Đồng Tâm " + tag);
        assertThat(driver.findElement(By.id("main")).getText()).contains("Bột sắn dây " + tag);
        given().baseUri(api.toString()).auth().preemptive().basic(username, StaffAccounts.PASSWORD)
            .get("api/v1/producer/products").then().statusCode(200).contentType(ContentType.JSON)
            .body("name", org.hamcrest.Matchers.hasItem("Bột sắn dây " + tag));
    }

    @Test
    void theOfficeHidesAListingFromTheCertificatePageAndShowsItAgain() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        String number = importProducer(tag);
        String product = "Bột sắn dây " + tag;
        // The catalogue marks the words found, so a product is looked for by its link.
        String link = "/product/" + productId(number) + "\"";
        assertThat(within(Duration.ofSeconds(20), () -> catalogue(tag), page -> page.contains(link))).contains(link);

        driver.get(base + "/admin/registry/certificate?number=" + number);
        signIn("admin", ADMIN_PASSWORD);
        driver.findElement(By.id("listing-hiding")).click();
        loaded();
        assertThat(driver.findElement(By.id("listing-product")).getText()).isEqualTo(product);
        assertUsablePage("the listing hiding page, public listing");
        driver.findElement(By.id("hiding:hide")).click();
        loaded();
        assertThat(driver.findElement(By.id("hiding")).getText()).contains("Hãy ghi lý do");
        driver.findElement(By.id("hiding:reason")).sendKeys("Ảnh không đúng sản phẩm");
        driver.findElement(By.id("hiding:hide")).click();
        loaded();
        assertThat(driver.findElement(By.id("hidden-reason")).getText()).isEqualTo("Ảnh không đúng sản phẩm");
        assertUsablePage("the listing hiding page");

        assertThat(within(Duration.ofSeconds(20), () -> catalogue(tag), page -> !page.contains(link)))
            .doesNotContain(link);
        driver.findElement(By.id("hiding:show")).click();
        loaded();
        assertThat(driver.findElement(By.id("listing-state")).getText()).contains("công khai");
        assertThat(within(Duration.ofSeconds(20), () -> catalogue(tag), page -> page.contains(link))).contains(link);
        List<String> actions = admin().get("api/v1/admin/audit?subject=product " + productId(number)).then()
            .statusCode(200).extract().jsonPath().getList("action", String.class);
        assertThat(actions).contains("listing.hide", "listing.show");
    }

    private String catalogue(String tag) {
        return given().baseUri(api.toString()).queryParam("q", "bot san day " + tag).get("catalogue").then()
            .statusCode(200).extract().asString();
    }

    private long productId(String number) {
        String url = given().baseUri(api.toString()).get("api/v1/certificates/" + number).then().statusCode(200)
            .extract().path("productUrl");
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }
}
