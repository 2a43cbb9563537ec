package vn.ocop.portal.logouse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.ocop.portal.ApiTest;

/**
 * The office records logo uses and stamp batches over the API; refusals (wrong stars, period past expiry, overlapping
 * serials) answer 400 with the reason; the public stamp check names the product; a certificate whose expiry is corrected
 * into the past turns its uses MUST_STOP, and the daily pass run again changes nothing.
 */
class LogoUseApiIT extends ApiTest {

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
}
