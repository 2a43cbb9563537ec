package vn.ocop.portal.logouse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.ocop.portal.ApiTest;
import vn.ocop.portal.MailSink;
import vn.ocop.portal.account.StaffAccounts;

/**
 * The office records logo uses and stamp batches over the API; refusals (wrong stars, period past expiry, overlapping
 * serials) answer 400 with the reason; the public stamp check names the product; a certificate whose expiry is corrected
 * into the past turns its uses MUST_STOP, and the daily pass run again changes nothing.
 */
class LogoUseApiIT extends ApiTest {

    private static MailSink mail;

    @BeforeAll
    static void startMail() {
        mail = MailSink.start();
    }

    @AfterAll
    static void stopMail() {
        mail.close();
    }

    private String importCertificate(String number, String decided, int stars) {
        String csv = LIST_HEADER + "\n" + number + ",Mật ong Kiểm thử " + number + ",Thực phẩm," + stars + ",75,HTX Kiểm thử "
            + number + ",Hợp tác xã,Hưng Yên,Khoái Châu,Bình Minh,66/QĐ-UBND," + decided + ",Tỉnh,UBND tỉnh Hưng Yên,,\n";
        admin().contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
            .post("api/v1/admin/imports/certified-products").then().statusCode(200);
        return number;
    }

    private static String use(String number, int stars, String until, String form) {
        return "{\"certificateNumber\":\"" + number + "\",\"form\":\"" + form + "\",\"stars\":" + stars
            + ",\"validFrom\":\"2026-11-25\",\"validUntil\":\"" + until + "\"}";
    }

    @Test
    void recordsRefusalsStampsAndTheEndOfRights() {
        String token = Long.toString(System.nanoTime(), 36).toUpperCase();
        String number = importCertificate("LU-IT-" + token, "01/09/2026", 4);
        admin().contentType(ContentType.JSON).body(use(number, 3, "2027-12-31", "PACKAGING")).post("api/v1/admin/logo-use")
            .then().statusCode(400).contentType(ContentType.JSON).body(containsString("differs"));
        admin().contentType(ContentType.JSON).body(use(number, 4, "2029-09-01", "PACKAGING")).post("api/v1/admin/logo-use")
            .then().statusCode(400).body(containsString("runs past the expiry"));
        admin().contentType(ContentType.JSON).body(use(number, 4, "2029-08-31", "PACKAGING")).post("api/v1/admin/logo-use")
            .then().statusCode(201).body("status", equalTo("ACTIVE"));

        String prefix = "T" + token.substring(token.length() - 6) + "-";
        String batch = "{\"batchCode\":\"B-" + token + "\",\"certificateNumber\":\"" + number + "\",\"prefix\":\"" + prefix
            + "\",\"firstNumber\":1,\"lastNumber\":1000,\"quantity\":1000,\"issuedOn\":\"2026-11-25\"}";
        admin().contentType(ContentType.JSON).body(batch).post("api/v1/admin/stamp-batches").then().statusCode(201);
        String overlapping = batch.replace("B-" + token, "C-" + token).replace("\"firstNumber\":1,", "\"firstNumber\":1000,")
            .replace("\"lastNumber\":1000,\"quantity\":1000", "\"lastNumber\":1999,\"quantity\":1000");
        admin().contentType(ContentType.JSON).body(overlapping).post("api/v1/admin/stamp-batches")
            .then().statusCode(400).body(containsString("overlaps"));

        JsonPath stamp = get("api/v1/stamps/" + prefix + "000123");
        assertThat(stamp.getString("certificateNumber")).isEqualTo(number);
        assertThat(stamp.getBoolean("validNow")).isTrue();
        given().baseUri(base.toString()).get("api/v1/stamps/" + prefix + "5000").then().statusCode(404)
            .contentType(ContentType.JSON).body(containsString("never issued"));

        // A corrected list puts the decision three years back: the certificate expired on 2026-11-01.
        importCertificate(number, "01/11/2023", 4);
        JsonPath stopped = admin().get("api/v1/admin/logo-use?status=MUST_STOP&max=200").then().statusCode(200).extract().jsonPath();
        assertThat(stopped.getList("certificateNumber")).contains(number);
        admin().post("api/v1/admin/logo-use/run").then().statusCode(200);
        admin().post("api/v1/admin/logo-use/run").then().statusCode(200).body("turned", equalTo(0));
    }

    /**
     * The end of rights with the portal's day fixed at 2026-11-25 (OCOP_TODAY), as the daily timer meets it: a
     * certificate valid when its uses were recorded ends by date, its two active uses turn MUST_STOP, the producer's
     * account gets one notice naming both forms, and the daily pass run again turns nothing and mails nobody again.
     * The day cannot move inside one deployment, so the expiry comes from a corrected decision date in a re-import
     * (the certificate then expired on 2026-11-01); that change turns the uses in its own transaction, and the daily
     * pass ({@code POST /api/v1/admin/logo-use/run}, what {@code @Schedule} calls) must find nothing left to do.
     */
    @Test
    void aCertificateThatExpiresTurnsItsUsesMustStopOnceAndMailsTheProducerOnce() throws Exception {
        String token = Long.toString(System.nanoTime(), 36).toUpperCase();
        String number = importCertificate("LUT-" + token, "01/09/2026", 4);
        String url = get("api/v1/certificates/" + number).getString("productUrl");
        long producer = get("api/v1/products/" + url.substring(url.lastIndexOf('/') + 1)).getLong("producer.id");
        String account = StaffAccounts.unique("lut-producer");
        StaffAccounts.invite(admin(), account, "PRODUCER", producer).then().statusCode(201);
        String address = StaffAccounts.email(account);
        mail.await(address, 1, Duration.ofSeconds(20));

        long packaging = admin().contentType(ContentType.JSON).body(use(number, 4, "2029-08-31", "PACKAGING"))
            .post("api/v1/admin/logo-use").then().statusCode(201).extract().jsonPath().getLong("id");
        long advertising = admin().contentType(ContentType.JSON).body(use(number, 4, "2028-12-31", "ADVERTISING"))
            .post("api/v1/admin/logo-use").then().statusCode(201).extract().jsonPath().getLong("id");
        admin().post("api/v1/admin/logo-use/run").then().statusCode(200);
        assertThat(statusOf(packaging)).isEqualTo("ACTIVE");
        assertThat(notices(address)).isEmpty();

        importCertificate(number, "01/11/2023", 4);
        assertThat(get("api/v1/certificates/" + number).getString("status")).isEqualTo("EXPIRED");
        admin().post("api/v1/admin/logo-use/run").then().statusCode(200).body("turned", equalTo(0));
        assertThat(statusOf(packaging)).isEqualTo("MUST_STOP");
        assertThat(statusOf(advertising)).isEqualTo("MUST_STOP");

        List<MimeMessage> notices = vn.ocop.portal.Eventually.within(Duration.ofSeconds(20), () -> notices(address),
            found -> !found.isEmpty());
        assertThat(notices).hasSize(1);
        assertThat(MailSink.subject(notices.get(0))).contains("Phải ngừng sử dụng biểu trưng OCOP").contains(number);
        assertThat(MailSink.text(notices.get(0))).contains("PACKAGING").contains("ADVERTISING");

        admin().post("api/v1/admin/logo-use/run").then().statusCode(200).body("turned", equalTo(0))
            .body("notified", equalTo(0));
        Thread.sleep(2000);
        assertThat(notices(address)).hasSize(1);
        assertThat(statusOf(packaging)).isEqualTo("MUST_STOP");
    }

    private List<MimeMessage> notices(String address) {
        return mail.to(address).stream().filter(m -> MailSink.subject(m).contains("biểu trưng OCOP")).toList();
    }

    private String statusOf(long id) {
        JsonPath all = admin().get("api/v1/admin/logo-use?max=200").then().statusCode(200).extract().jsonPath();
        return all.getString("find { it.id == " + id + " }.status");
    }
}
