package vn.ocop.portal.logouse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

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
import vn.ocop.portal.Eventually;
import vn.ocop.portal.MailSink;
import vn.ocop.portal.account.StaffAccounts;

/**
 * The daily end of rights ({@code LogoUseRights.runDaily()}, what the 06:30 {@code @Schedule} and
 * {@code POST /api/v1/admin/logo-use/run} call) turning a use by date, on a fixed clock that moves: the same portal
 * and data folder, deployed first on 2026-11-25 (failsafe's OCOP_TODAY, container "payara-micro") and then on
 * 2026-12-10 (container "payara-micro-later", {@code -Docop.today=2026-12-10}). Nothing changes the certificate in
 * between, so no certificate event turns the use: only the daily pass does, once, with one mail to the producer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LogoUseTimerIT {

    private static final String EARLY = "on-2026-11-25";
    private static final String LATER = "on-2026-12-10";
    private static final String ADMIN = "admin";
    private static final String PASSWORD = System.getProperty("ocop.admin.password", "it-admin-password");
    /** Decided 01/12/2023: valid 36 months, so expired from 2026-12-01, between the two days. */
    private static final String DECIDED = "01/12/2023";

    private static final String TOKEN = Long.toString(System.nanoTime(), 36).toUpperCase();
    private static final String NUMBER = "LUD-" + TOKEN;
    private static final String SERIAL_PREFIX = "D" + TOKEN.substring(TOKEN.length() - 6) + "-";

    private static MailSink mail;
    private static String address;
    private static long use;

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = EARLY, managed = false, testable = false)
    @TargetsContainer("payara-micro")
    static WebArchive early() {
        return Deployments.portal();
    }

    @Deployment(name = LATER, managed = false, testable = false)
    @TargetsContainer("payara-micro-later")
    static WebArchive later() {
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
        deployer.deploy(EARLY);
    }

    /** 2026-11-25: a valid 4★ certificate, its producer's account, a use until 2026-11-30 and a stamp batch. */
    @Test
    @Order(2)
    void onTheFirstDayTheDailyPassLeavesTheValidUseAlone(@ArquillianResource @OperateOnDeployment(EARLY) URL base)
        throws Exception {
        String csv = ApiTest.LIST_HEADER + "\n" + NUMBER + ",Mật ong Hẹn giờ " + TOKEN + ",Thực phẩm,4,75,HTX Hẹn giờ "
            + TOKEN + ",Hợp tác xã,Hưng Yên,Khoái Châu,Bình Minh,68/QĐ-UBND," + DECIDED + ",Tỉnh,UBND tỉnh Hưng Yên,,\n";
        admin(base).contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
            .post("api/v1/admin/imports/certified-products").then().statusCode(200);
        JsonPath certificate = get(base, "api/v1/certificates/" + NUMBER);
        assertThat(certificate.getString("status")).isNotEqualTo("EXPIRED");
        String url = certificate.getString("productUrl");
        long producer = get(base, "api/v1/products/" + url.substring(url.lastIndexOf('/') + 1)).getLong("producer.id");
        String account = StaffAccounts.unique("lud-producer");
        StaffAccounts.invite(admin(base), account, "PRODUCER", producer).then().statusCode(201);
        address = StaffAccounts.email(account);
        mail.await(address, 1, Duration.ofSeconds(20)); // the invitation

        // The period must end before the expiry date (2026-12-01): the last day it may run is 2026-11-30.
        use = admin(base).contentType(ContentType.JSON).body("{\"certificateNumber\":\"" + NUMBER
                + "\",\"form\":\"LABEL_OR_STAMP\",\"stars\":4,\"validFrom\":\"2026-11-25\",\"validUntil\":\"2026-11-30\"}")
            .post("api/v1/admin/logo-use").then().statusCode(201).body("status", equalTo("ACTIVE"))
            .extract().jsonPath().getLong("id");
        admin(base).contentType(ContentType.JSON).body("{\"batchCode\":\"BD-" + TOKEN + "\",\"certificateNumber\":\""
                + NUMBER + "\",\"prefix\":\"" + SERIAL_PREFIX + "\",\"firstNumber\":1,\"lastNumber\":100,"
                + "\"quantity\":100,\"issuedOn\":\"2026-11-25\"}")
            .post("api/v1/admin/stamp-batches").then().statusCode(201);
        assertThat(get(base, "api/v1/stamps/" + SERIAL_PREFIX + "7").getBoolean("validNow")).isTrue();

        admin(base).post("api/v1/admin/logo-use/run").then().statusCode(200);
        assertThat(statusOf(base, use)).isEqualTo("ACTIVE");
        assertThat(endOfRights(base)).isEmpty();
        Thread.sleep(2000);
        assertThat(notices()).isEmpty();

        // One portal at a time on the embedded database: the first goes before the second starts.
        deployer.undeploy(EARLY);
        deployer.deploy(LATER);
    }

    /** 2026-12-10: the certificate expired on 2026-12-01; the daily pass turns the use, once, and mails once. */
    @Test
    @Order(3)
    void fifteenDaysLaterTheDailyPassTurnsTheExpiredUseOnceAndMailsTheProducerOnce(
        @ArquillianResource @OperateOnDeployment(LATER) URL base) throws Exception {
        assertThat(get(base, "api/v1/certificates/" + NUMBER).getString("status")).isEqualTo("EXPIRED");
        assertThat(statusOf(base, use)).as("nothing but the daily pass turns it").isEqualTo("ACTIVE");
        assertThat(notices()).isEmpty();
        List<String> activeBefore = activeUsesOfExpiredCertificates(base);

        JsonPath run = admin(base).post("api/v1/admin/logo-use/run").then().statusCode(200).extract().jsonPath();
        assertThat(run.getInt("turned")).as("this test's use%s", activeBefore.size() > 1
            ? ", and uses other runs left active: " + activeBefore : "").isEqualTo(activeBefore.size()).isGreaterThanOrEqualTo(1);
        assertThat(statusOf(base, use)).isEqualTo("MUST_STOP");
        List<String> ends = endOfRights(base);
        assertThat(ends).hasSize(1);
        assertThat(ends.get(0)).contains("status=MUST_STOP").contains("endedBy=EXPIRED").contains("certificate=" + NUMBER);

        JsonPath stamp = get(base, "api/v1/stamps/" + SERIAL_PREFIX + "7");
        assertThat(stamp.getString("certificateNumber")).isEqualTo(NUMBER);
        assertThat(stamp.getBoolean("validNow")).isFalse();

        List<MimeMessage> notices = Eventually.within(Duration.ofSeconds(20), LogoUseTimerIT::notices, found -> !found.isEmpty());
        assertThat(notices).hasSize(1);
        assertThat(MailSink.subject(notices.get(0))).contains("Phải ngừng sử dụng biểu trưng OCOP").contains(NUMBER);
        assertThat(MailSink.text(notices.get(0))).contains("Mật ong Hẹn giờ " + TOKEN).contains("LABEL_OR_STAMP");

        admin(base).post("api/v1/admin/logo-use/run").then().statusCode(200)
            .body("turned", equalTo(0)).body("notified", equalTo(0));
        Thread.sleep(2000);
        assertThat(notices()).hasSize(1);
        assertThat(endOfRights(base)).hasSize(1);
        assertThat(statusOf(base, use)).isEqualTo("MUST_STOP");

        deployer.undeploy(LATER);
    }

    private static RequestSpecification admin(URL base) {
        return given().baseUri(base.toString()).auth().preemptive().basic(ADMIN, PASSWORD);
    }

    private static JsonPath get(URL base, String path) {
        return given().baseUri(base.toString()).get(path).then().statusCode(200).contentType(ContentType.JSON)
            .extract().jsonPath();
    }

    private static List<MimeMessage> notices() {
        return mail.to(address).stream().filter(m -> MailSink.subject(m).contains("biểu trưng OCOP")).toList();
    }

    private static String statusOf(URL base, long id) {
        JsonPath all = admin(base).get("api/v1/admin/logo-use?max=200").then().statusCode(200).extract().jsonPath();
        return all.getString("find { it.id == " + id + " }.status");
    }

    /** The audit entries of this test's use turning: "status=MUST_STOP; endedBy=EXPIRED; certificate=...". */
    private static List<String> endOfRights(URL base) {
        JsonPath entries = admin(base).queryParam("subject", "logo use " + use).get("api/v1/admin/audit")
            .then().statusCode(200).extract().jsonPath();
        return entries.getList("findAll { it.action == 'logouse.rightEnded' }.after", String.class);
    }

    /** ACTIVE uses whose certificate is expired today: this test's, and any an interrupted earlier run left behind. */
    private static List<String> activeUsesOfExpiredCertificates(URL base) {
        JsonPath active = admin(base).get("api/v1/admin/logo-use?status=ACTIVE&max=200").then().statusCode(200)
            .extract().jsonPath();
        return active.getList("certificateNumber", String.class).stream().distinct()
            .filter(number -> "EXPIRED".equals(get(base, "api/v1/certificates/" + number).getString("status")))
            .flatMap(number -> active.getList("findAll { it.certificateNumber == '" + number + "' }.id", Object.class)
                .stream().map(id -> number + "#" + id))
            .toList();
    }
}
