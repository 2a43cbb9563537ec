package vn.ocop.portal.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ocop.portal.ApiTest;
import vn.ocop.portal.BrowserTest;
import vn.ocop.portal.MailSink;
import vn.ocop.portal.account.StaffAccounts;

/**
 * The commerce department creates and publishes a fair in its pages; a producer finds it on its dashboard and applies
 * with its valid product (its expired one is listed with the reason, not selectable); the department accepts it with a
 * booth number; the fair is then on the public calendar, on its page with the participant and the product, on that
 * product's page, and the producer's dashboard shows the booth. The portal's clock is 2026-11-25: a certificate
 * decided 2025-01-10 is in force, one decided 2023-11-20 expired on 2026-11-20.
 */
class FairsBrowserIT extends BrowserTest {

    private static final String TAG = Long.toString(System.nanoTime(), 36).toUpperCase();
    private static final String PASSWORD = System.getProperty("ocop.admin.password", "it-admin-password");
    private static final String VALID = "FB-" + TAG + "-1";
    private static final String EXPIRED = "FB-" + TAG + "-2";
    private static final String HONEY = "Mật ong hoa nhãn " + TAG;
    private static final String NOODLES = "Miến dong " + TAG;
    private static final String PRODUCER = "Hợp tác xã Hội chợ " + TAG;
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
        return RestAssured.given().baseUri(base).auth().preemptive().basic("admin", PASSWORD);
    }

    private static String row(String number, String product, String decisionDate, String decision) {
        return number + "," + product + ",Thực phẩm,4,75," + PRODUCER + ",Hợp tác xã,Hưng Yên,Khoái Châu,Bình Minh,FB-"
            + decision + "/QĐ-UBND-" + TAG + "," + decisionDate + ",Tỉnh,UBND tỉnh Hưng Yên,,\n";
    }

    private long certificate(String number, String path) {
        return admin().get("api/v1/admin/certificates/" + number).then().statusCode(200).extract().jsonPath()
            .getLong(path);
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private void signIn(String user, String password, String page) {
        driver.manage().deleteAllCookies();
        driver.get(base + page);
        driver.findElement(By.id("login:username")).sendKeys(user);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Date-time inputs take their value the way the browser's picker leaves it. */
    private void setDateTime(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id,
            value);
    }

    @Test
    void aFairIsCreatedAppliedForAcceptedAndShownToThePublic() throws Exception {
        try {
            walkThrough();
        } catch (AssertionError | RuntimeException failure) {
            System.err.println("FairsBrowserIT failed on " + driver.getCurrentUrl() + ":\n" + driver.getPageSource());
            throw failure;
        }
    }

    private void walkThrough() throws Exception {
        admin().contentType("text/csv; charset=UTF-8")
            .body((ApiTest.LIST_HEADER + "\n" + row(VALID, HONEY, "10/01/2025", "1")
                + row(EXPIRED, NOODLES, "20/11/2023", "2") + "FB-" + TAG + "-3,Chè Shan tuyết " + TAG
                + ",Đồ uống,4,75,Hợp tác xã Bát Xát " + TAG + ",Hợp tác xã,Lào Cai,Bát Xát,Bản Qua,FB-3/QĐ-UBND-" + TAG
                + ",10/01/2025,Tỉnh,UBND tỉnh Lào Cai,,\n").getBytes(StandardCharsets.UTF_8))
            .post("api/v1/admin/imports/certified-products").then().statusCode(200);
        long honey = certificate(VALID, "product.id");
        long noodles = certificate(EXPIRED, "product.id");
        long producer = certificate(VALID, "producer.id");
        String commerce = StaffAccounts.create(base, admin(), mail, "fairs-commerce", "COMMERCE", null);
        String producerAccount = StaffAccounts.create(base, admin(), mail, "fairs-producer", "PRODUCER", producer);

        // The commerce department creates the fair in its pages, first forgetting the name.
        signIn(commerce, StaffAccounts.PASSWORD, "/admin/events/");
        driver.findElement(By.id("new-event")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("event:save")));
        String fair = "Hội chợ OCOP Phố Hiến " + TAG;
        new Select(driver.findElement(By.id("event:type"))).selectByValue("FAIR");
        type("event:organiser", "Sở Công Thương Hưng Yên");
        setDateTime("event:startsAt", "2026-12-20T08:00");
        setDateTime("event:endsAt", "2026-12-24T21:00");
        setDateTime("event:deadline", "2026-11-28T17:00");
        type("event:address", "Quảng trường Nguyễn Văn Linh, TP Hưng Yên");
        new Select(driver.findElement(By.id("event:province"))).selectByVisibleText("Hưng Yên");
        type("event:latitude", "20.6464");
        type("event:longitude", "106.0511");
        type("event:booths", "40");
        type("event:description", "Hội chợ giới thiệu sản phẩm OCOP của tỉnh.");
        driver.findElement(By.id("event:save")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='event:name'] ~ .field__error")));
        assertThat(driver.getCurrentUrl()).doesNotContain("id=");
        type("event:name", fair);
        driver.findElement(By.id("event:save")).click();
        waiting().until(ExpectedConditions.urlContains("/admin/events/edit?id="));
        assertThat(driver.findElement(By.id("messages")).getText()).contains("Đã lưu sự kiện.");
        long event = Long.parseLong(driver.getCurrentUrl().replaceFirst(".*[?&]id=(\\d+).*", "$1"));
        assertThat(driver.findElement(By.id("event:name")).getAttribute("value")).isEqualTo(fair);
        assertThat(driver.findElement(By.id("event:startsAt")).getAttribute("value")).isEqualTo("2026-12-20T08:00");
        driver.findElement(By.id("publication:publish")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("publication:unpublish")));
        assertThat(driver.findElement(By.id("view-public")).getText()).isEqualTo(fair);
        assertUsablePage("an event's admin page");
        // On a producer's behalf, by certificate number: the expired product is refused with the reason.
        type("apply-for:certificates", EXPIRED);
        driver.findElement(By.id("apply-for:apply")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "đã hết hạn"));
        assertThat(driver.findElement(By.id("messages")).getText()).isEqualTo("Sản phẩm \"" + NOODLES
            + "\" không thể trưng bày: chứng nhận " + EXPIRED + " đã hết hạn ngày 2026-11-20.");
        assertThat(driver.findElement(By.id("no-applications")).isDisplayed()).isTrue();
        driver.get(base + "/admin/events/");
        assertThat(driver.findElement(By.id("event-" + event)).getText()).contains(fair, "Hưng Yên", "Đã công bố");

        // The producer finds it on its dashboard and applies with its valid product; the expired one is not offered.
        signIn(producerAccount, StaffAccounts.PASSWORD, "/producer/");
        WebElement open = driver.findElement(By.id("open-event-" + event));
        assertThat(open.getText()).contains(fair, "Hưng Yên", "28/11/2026 17:00");
        assertThat(driver.findElement(By.id("no-own-applications")).isDisplayed()).isTrue();
        assertUsablePage("the producer dashboard with open fairs");
        open.findElement(By.id("apply-" + event)).click();
        waiting().until(ExpectedConditions.urlContains("/producer/events/apply?event=" + event));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(fair);
        List<WebElement> boxes = driver.findElements(By.cssSelector("[id='apply:products'] input[type=checkbox]"));
        assertThat(boxes).extracting(b -> b.getAttribute("value")).containsExactly(Long.toString(honey));
        assertThat(driver.findElement(By.id("apply")).getText()).contains(HONEY, VALID).doesNotContain(NOODLES + " (");
        assertThat(driver.findElement(By.id("unshowable-" + noodles)).getText())
            .isEqualTo("Sản phẩm \"" + NOODLES + "\" không thể trưng bày: chứng nhận " + EXPIRED
                + " đã hết hạn ngày 2026-11-20.");
        assertUsablePage("the booth application page");
        // Nothing chosen is refused with the reason.
        driver.findElement(By.id("apply:submit")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Hãy chọn"));
        driver.findElement(By.cssSelector("[id='apply:products'] input[value='" + honey + "']")).click();
        driver.findElement(By.id("apply:submit")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Đã gửi đơn đăng ký."));
        assertThat(driver.findElement(By.id("my-applications")).getText()).contains("Đã gửi");
        assertThat(driver.findElement(By.id("apply-pending")).isDisplayed()).isTrue();
        assertThat(driver.findElements(By.id("apply:submit"))).isEmpty();

        // The event page links to the application while applications are open.
        driver.get(base + "/events/" + event);
        assertThat(driver.findElement(By.id("event-apply")).getAttribute("href"))
            .endsWith("/producer/events/apply?event=" + event);

        // The commerce department accepts it with a booth number.
        signIn(commerce, StaffAccounts.PASSWORD, "/admin/events/edit?id=" + event);
        WebElement application = driver.findElement(By.xpath("//table[@id='application-list']//tr[td[1][.='" + PRODUCER
            + "']]"));
        String applicationRow = application.getAttribute("id");
        assertThat(application.getText()).contains(HONEY, "Đã gửi");
        WebElement booth = application.findElement(By.cssSelector("input.booth"));
        booth.clear();
        booth.sendKeys("B-07");
        application.findElement(By.cssSelector("input.note")).sendKeys("Gian cạnh cổng chính");
        application.findElement(By.cssSelector("input.accept")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Đã ghi nhận quyết định."));
        WebElement decided = driver.findElement(By.id(applicationRow));
        assertThat(decided.findElement(By.cssSelector(".status")).getText()).isEqualTo("Đã chấp nhận");
        assertThat(decided.findElement(By.cssSelector("input.booth")).getAttribute("value")).isEqualTo("B-07");
        assertUsablePage("an event's applications");

        // Another province's fair the same month, published over the API: the province filter leaves it out.
        String elsewhere = "Tuần hàng OCOP Lào Cai " + TAG;
        long other = admin().contentType(ContentType.JSON).body(Map.of("name", elsewhere, "type", "PRODUCT_WEEK",
                "organiser", "Sở Công Thương Lào Cai", "startsAt", "2026-12-21T08:00:00", "endsAt", "2026-12-23T21:00:00",
                "province", "Lào Cai", "booths", 10, "applicationsUntil", "2026-12-10T17:00:00"))
            .post("api/v1/admin/events").then().statusCode(201).extract().jsonPath().getLong("id");
        admin().post("api/v1/admin/events/" + other + "/publish").then().statusCode(200);
        driver.get(base + "/admin/events/edit?id=" + other);
        type("apply-for:certificates", "FB-" + TAG + "-3");
        driver.findElement(By.id("apply-for:apply")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Đã gửi đơn đăng ký."));
        assertThat(driver.findElement(By.id("application-list")).getText())
            .contains("Hợp tác xã Bát Xát " + TAG, "Chè Shan tuyết " + TAG, "Đã gửi");

        // The public: the calendar (filtered by province and month), the list, the event page and the product page.
        driver.manage().deleteAllCookies();
        driver.get(base + "/events");
        new Select(driver.findElement(By.id("province"))).selectByVisibleText("Hưng Yên");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('month').value = '2026-12';");
        driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("month=2026-12"));
        WebElement onCalendar = waiting().until(ExpectedConditions.presenceOfElementLocated(
            By.xpath("//*[@id='calendar-form:calendar']//*[contains(@class,'fc-event')][contains(., '" + fair + "')]")));
        assertThat(onCalendar.isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("calendar-form:calendar")).getText()).doesNotContain(elsewhere);
        assertThat(driver.findElements(By.id("upcoming-" + other))).isEmpty();
        assertThat(driver.findElement(By.id("upcoming-" + event)).getText()).contains(fair, "20/12/2026 08:00");
        assertUsablePage("the events calendar");
        driver.findElement(By.id("upcoming-" + event)).findElement(By.linkText(fair)).click();
        waiting().until(ExpectedConditions.textToBe(By.id("event-name"), fair));
        WebElement participants = driver.findElement(By.id("participants"));
        assertThat(participants.getText()).contains(PRODUCER, "B-07", HONEY).doesNotContain(NOODLES);
        assertUsablePage("an event's public page");
        participants.findElement(By.linkText(HONEY)).click();
        WebElement showing = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("product-event-" + event)));
        assertThat(showing.getText()).contains(fair, "20/12/2026", "Hưng Yên");
        assertThat(driver.findElement(By.id("product-events-title")).getText()).isEqualTo("Sản phẩm sẽ được trưng bày tại");

        // The producer's dashboard shows the decision and the booth.
        signIn(producerAccount, StaffAccounts.PASSWORD, "/producer/");
        WebElement own = driver.findElement(By.id("own-applications"));
        assertThat(own.getText()).contains(fair, "Đã chấp nhận", "B-07", "Gian cạnh cổng chính");
        assertThat(driver.findElement(By.id("open-event-" + event)).findElements(By.id("applied-" + event))).hasSize(1);
        assertUsablePage("the producer dashboard with an accepted application");
    }
}
