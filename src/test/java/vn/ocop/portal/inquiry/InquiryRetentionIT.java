package vn.ocop.portal.inquiry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import vn.ocop.portal.ApiTest;
import vn.ocop.portal.Deployments;
import vn.ocop.portal.MailSink;
import vn.ocop.portal.account.StaffAccounts;

/**
 * The retention clean-up on a fixed clock that moves: the same portal and data folder, deployed on 2026-11-25
 * (failsafe's OCOP_TODAY) and then on 2027-12-01 (container "payara-micro-next-year"). An inquiry closed on the first
 * day loses its buyer's contact on the second, when it has been closed for more than 12 months; one still open keeps
 * it; a second run erases nothing more.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InquiryRetentionIT {

    private static final String FIRST_DAY = "on-2026-11-25";
    private static final String NEXT_YEAR = "on-2027-12-01";
    private static final String ADMIN = "admin";
    private static final String PASSWORD = System.getProperty("ocop.admin.password", "it-admin-password");
    private static final String TAG = Long.toString(System.nanoTime(), 36).toUpperCase();

    private static MailSink mail;
    private static String owner;
    private static long closed;
    private static long open;

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = FIRST_DAY, managed = false, testable = false)
    @TargetsContainer("payara-micro")
    static WebArchive firstDay() {
        return Deployments.portal();
    }

    @Deployment(name = NEXT_YEAR, managed = false, testable = false)
    @TargetsContainer("payara-micro-next-year")
    static WebArchive nextYear() {
        return Deployments.portal();
    }

    @BeforeAll
    static void startMail() {
        mail = MailSink.start();
    }

    @AfterAll
    static void stopMail() {
        mail.close();
    }

    @Test
    @Order(1)
    void deploysOnTheFirstDay() {
        deployer.deploy(FIRST_DAY);
    }

    /** 2026-11-25: two inquiries to a producer with an account; it closes one. The run keeps both: nothing is old. */
    @Test
    @Order(2)
    void onTheFirstDayNothingIsOldEnough(@ArquillianResource @OperateOnDeployment(FIRST_DAY) URL base) throws Exception {
        String number = "RET-" + TAG;
        admin(base).contentType("text/csv; charset=UTF-8").body((ApiTest.LIST_HEADER + "\n" + number
                + ",Mật ong Lưu giữ " + TAG + ",Thực phẩm,4,75,HTX Lưu giữ " + TAG + ",Hợp tác xã,Hưng Yên,,,16/QĐ-UBND,"
                + "01/09/2026,Tỉnh,UBND tỉnh Hưng Yên,,\n").getBytes(StandardCharsets.UTF_8))
            .post("api/v1/admin/imports/certified-products").then().statusCode(200);
        String url = get(base, "api/v1/certificates/" + number).getString("productUrl");
        long product = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        long producer = get(base, "api/v1/products/" + product).getLong("producer.id");
        owner = StaffAccounts.create(base.toString(), admin(base), mail, "ret-owner", "PRODUCER", producer);

        closed = send(base, product, "Lê Đã Đóng", "closed-" + TAG.toLowerCase() + "@it.ocop.localhost");
        open = send(base, product, "Trần Còn Mở", "open-" + TAG.toLowerCase() + "@it.ocop.localhost");
        as(base).post("api/v1/producer/inquiries/" + closed + "/closure").then().statusCode(200);

        JsonPath run = admin(base).post("api/v1/admin/inquiries/retention/run").then().statusCode(200).extract().jsonPath();
        assertThat(run.getString("cutoff")).isEqualTo("2025-11-25");
        assertThat(inquiry(base, closed).getString("buyerName")).isEqualTo("Lê Đã Đóng");
        assertThat(inquiry(base, closed).getBoolean("erased")).isFalse();

        // One portal at a time on the embedded database.
        deployer.undeploy(FIRST_DAY);
        deployer.deploy(NEXT_YEAR);
    }

    /** 2027-12-01: the inquiry closed on 2026-11-25 is past its 12 months; its buyer's contact goes, once. */
    @Test
    @Order(3)
    void aYearLaterTheClosedInquiryLosesItsBuyersContactOnce(@ArquillianResource @OperateOnDeployment(NEXT_YEAR) URL base) {
        JsonPath run = admin(base).post("api/v1/admin/inquiries/retention/run").then().statusCode(200).extract().jsonPath();
        assertThat(run.getString("cutoff")).isEqualTo("2026-12-01");
        assertThat(run.getInt("erased")).as("this test's closed inquiry, and any other closed on 2026-11-25")
            .isGreaterThanOrEqualTo(1);

        JsonPath erased = inquiry(base, closed);
        assertThat(erased.getBoolean("erased")).isTrue();
        assertThat(erased.getString("status")).isEqualTo("CLOSED");
        assertThat(erased.prettify()).doesNotContain("Lê Đã Đóng").doesNotContain("closed-" + TAG.toLowerCase());
        JsonPath kept = inquiry(base, open);
        assertThat(kept.getBoolean("erased")).as("an open inquiry is kept").isFalse();
        assertThat(kept.getString("buyerName")).isEqualTo("Trần Còn Mở");

        assertThat(admin(base).post("api/v1/admin/inquiries/retention/run").then().statusCode(200).extract().jsonPath()
            .getInt("erased")).as("a second run finds nothing more").isZero();
        JsonPath audit = admin(base).queryParam("subject", "inquiries closed before 2026-12-01").get("api/v1/admin/audit")
            .then().statusCode(200).extract().jsonPath();
        assertThat(audit.getList("findAll { it.action == 'inquiry.erase' }.after", String.class))
            .anySatisfy(after -> assertThat(after).containsPattern("ids=\\[(.*, )?" + closed + "[,\\]]"));

        deployer.undeploy(NEXT_YEAR);
    }

    private static long send(URL base, long product, String name, String email) {
        String json = "{\"name\": \"" + name + "\", \"email\": \"" + email + "\", \"quantity\": 50, \"unit\": \"hộp\","
            + " \"deliveryProvince\": \"Hà Nội\", \"message\": \"Xin báo giá\"}";
        return given().baseUri(base.toString()).contentType(ContentType.JSON).body(json.getBytes(StandardCharsets.UTF_8))
            .post("api/v1/products/" + product + "/inquiries").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static JsonPath inquiry(URL base, long id) {
        return as(base).get("api/v1/producer/inquiries/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static RequestSpecification as(URL base) {
        return given().baseUri(base.toString()).auth().preemptive().basic(owner, StaffAccounts.PASSWORD);
    }

    private static RequestSpecification admin(URL base) {
        return given().baseUri(base.toString()).auth().preemptive().basic(ADMIN, PASSWORD);
    }

    private static JsonPath get(URL base, String path) {
        return given().baseUri(base.toString()).get(path).then().statusCode(200).contentType(ContentType.JSON)
            .extract().jsonPath();
    }
}
