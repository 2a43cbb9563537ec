package vn.ocop.portal.inquiry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.specification.RequestSpecification;
import jakarta.mail.internet.MimeMessage;
import vn.ocop.portal.ApiTest;
import vn.ocop.portal.BrowserTest;
import vn.ocop.portal.MailSink;
import vn.ocop.portal.account.StaffAccounts;

/**
 * The marketplace in the browser: a visitor asks a producer for a quote from a product page and is told what happens
 * next; the producer's account is mailed; the producer opens the inquiry from its inbox and replies, and the reply
 * arrives at the buyer's address in the SMTP sink. A second producer who types the inquiry's address gets the 404 page
 * and none of the buyer's data.
 */
class InquiryBrowserIT extends BrowserTest {

    private static final String ADMIN_PASSWORD = System.getProperty("ocop.admin.password", "it-admin-password");
    private static final Pattern NUMBER = Pattern.compile("(\\d+)");

    private static MailSink mail;

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

    /** Imports one certified product of a new producer; answers {productId, producerId}. */
    private long[] product(String tag, String letter) {
        String number = "IQB-" + tag + "-" + letter;
        admin().contentType("text/csv; charset=UTF-8").body((ApiTest.LIST_HEADER + "\n" + number + ",Nước mắm Kiểm thử "
            + letter + " " + tag + ",Thực phẩm,4,75,HTX Nước mắm " + letter + " " + tag + ",Hợp tác xã,Hưng Yên,,,"
            + "15/QĐ-UBND,01/09/2026,Tỉnh,UBND tỉnh Hưng Yên,,\n").getBytes(StandardCharsets.UTF_8))
            .post("/api/v1/admin/imports/certified-products").then().statusCode(200);
        String url = given().baseUri(base).get("/api/v1/certificates/" + number).then().statusCode(200).extract()
            .path("productUrl");
        long productId = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        long producerId = ((Number) given().baseUri(base).get("/api/v1/products/" + productId).then().statusCode(200)
            .extract().path("producer.id")).longValue();
        return new long[] {productId, producerId};
    }

    @Test
    void aVisitorAsksForAQuoteTheProducerRepliesAndTheBuyerGetsTheMail() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        long[] first = product(tag, "A");
        long[] second = product(tag, "B");
        String producer = StaffAccounts.create(base, admin(), mail, "iqb-a", "PRODUCER", first[1]);
        String other = StaffAccounts.create(base, admin(), mail, "iqb-b", "PRODUCER", second[1]);
        String buyerName = "Trần Thị Mua " + tag;
        String buyerEmail = "buyer-" + tag.toLowerCase() + "@it.ocop.localhost";

        driver.get(base + "/product/" + first[0]);
        driver.findElement(By.id("inquiry-link")).click();
        wait(ExpectedConditions.urlContains("/inquiry?product=" + first[0]));
        fill("inquiry:name", buyerName);
        fill("inquiry:organisation", "Siêu thị Kiểm thử");
        fill("inquiry:phone", "0987 654 321");
        fill("inquiry:email", buyerEmail);
        fill("inquiry:quantity", "300");
        fill("inquiry:unit", "chai");
        fill("inquiry:province", "Hà Nội");
        fill("inquiry:message", "Xin báo giá sỉ 300 chai, giao trước Tết.");
        assertUsablePage("the inquiry form");
        driver.findElement(By.id("inquiry:send")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("sent")));
        String sent = driver.findElement(By.id("sent")).getText();
        assertThat(sent).contains("Nhà sản xuất đã nhận được e-mail thông báo");
        Matcher number = NUMBER.matcher(driver.findElement(By.id("sent-title")).getText());
        assertThat(number.find()).isTrue();
        long inquiry = Long.parseLong(number.group(1));

        // The producer's account is told (the invitation was its first mail), without the buyer's contact.
        List<MimeMessage> toProducer = mail.await(StaffAccounts.email(producer), 2, Duration.ofSeconds(30));
        MimeMessage notice = toProducer.get(toProducer.size() - 1);
        assertThat(MailSink.subject(notice)).contains("Nước mắm Kiểm thử A " + tag);
        assertThat(MailSink.text(notice)).contains("/producer/inquir").doesNotContain(buyerEmail);
        assertThat(mail.to(StaffAccounts.email(other))).hasSize(1);

        signIn(producer, "/producer/inquiries");
        driver.findElement(By.cssSelector("tr[data-inquiry='" + inquiry + "'] a")).click();
        wait(ExpectedConditions.urlContains("/producer/inquiry?id=" + inquiry));
        assertThat(driver.findElement(By.id("buyer")).getText()).isEqualTo(buyerName);
        assertThat(driver.findElement(By.id("contact")).getText()).contains(buyerEmail).contains("0987 654 321");
        String reply = "Chào chị, giá sỉ 300 chai là 95.000 đồng/chai, giao Hà Nội trong 5 ngày. " + tag;
        fill("reply:text", reply);
        driver.findElement(By.id("reply:send")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("thread"), reply));

        List<MimeMessage> toBuyer = mail.await(buyerEmail, 1, Duration.ofSeconds(30));
        assertThat(toBuyer).hasSize(1);
        assertThat(MailSink.subject(toBuyer.get(0))).contains(Long.toString(inquiry));
        assertThat(MailSink.text(toBuyer.get(0))).contains(reply);

        signIn(other, "/producer/");
        driver.get(base + "/producer/inquiry?id=" + inquiry);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy trang");
        assertThat(driver.getPageSource()).doesNotContain(buyerName).doesNotContain(buyerEmail)
            .doesNotContain("0987 654 321").doesNotContain(reply);
        driver.get(base + "/producer/inquiries");
        assertThat(driver.findElements(By.cssSelector("tr[data-inquiry='" + inquiry + "']"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain(buyerName);
    }

    private void fill(String id, String value) {
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
