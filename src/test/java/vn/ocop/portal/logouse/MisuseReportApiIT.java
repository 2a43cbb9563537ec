package vn.ocop.portal.logouse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import vn.ocop.portal.ApiTest;
import vn.ocop.portal.Deployments;

/**
 * {@code POST /api/v1/misuse-reports}: a report with a photo arrives in the office's inbox with its contact, which the
 * public answer never shows; the photo is served as a JPEG, nosniff, without its EXIF GPS block. Bad uploads (a PHP
 * file named .jpg, a 50 MB image, an empty file) are refused with a clear reason and leave neither file nor record;
 * the honeypot and the hourly limit per address (20 in tests) refuse robots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MisuseReportApiIT extends ApiTest {

    @Test
    @Order(1)
    void aReportWithAPhotoReachesTheInboxAndItsContactStaysThere() {
        String token = unique();
        String contact = "nguoi-bao-" + token + "@example.vn";
        Response filed = post(base.toString(), report(token, contact, List.of(Photos.jpegWithGps(640, 480))));
        filed.then().statusCode(201).contentType(ContentType.JSON);
        assertThat(filed.asString()).doesNotContain(contact);
        long id = filed.jsonPath().getLong("id");
        assertThat(filed.jsonPath().getString("status")).isEqualTo("NEW");
        assertThat(filed.jsonPath().getString("next")).contains("OCOP office reviews the report");

        Map<String, Object> row = inboxRow(token);
        assertThat(((Number) row.get("id")).longValue()).isEqualTo(id);
        assertThat(row.get("contact")).isEqualTo(contact);
        @SuppressWarnings("unchecked")
        List<String> photos = (List<String>) row.get("photos");
        assertThat(photos).hasSize(1);

        Response image = given().baseUri(base.toString()).get(photos.get(0).substring(1));
        image.then().statusCode(200).contentType("image/jpeg").header("X-Content-Type-Options", "nosniff");
        byte[] served = image.asByteArray();
        assertThat(served[0] & 0xFF).isEqualTo(0xFF);
        assertThat(Photos.contains(served, "Exif")).as("EXIF removed").isFalse();
        assertThat(Photos.contains(served, Photos.GPS)).as("GPS removed").isFalse();

        given().baseUri(base.toString()).get("api/v1/admin/misuse-reports").then().statusCode(401);
    }

    @Test
    @Order(2)
    void badUploadsAreRefusedClearlyAndNothingIsHalfStored() {
        long before = Photos.storedIn("misuse");
        String php = "<?php system($_GET['c']); ?>";
        refused(List.of(php.getBytes(StandardCharsets.UTF_8)), "not a JPEG or PNG image");
        refused(List.of(new byte[0]), "The image file is empty.");
        byte[] huge = new byte[50 * 1024 * 1024];
        System.arraycopy(Photos.jpegWithGps(64, 64), 0, huge, 0, 200);
        refused(List.of(huge), "larger than 10 MB");
        // A good photo with a bad one: the good one's files go again with the refused report.
        refused(List.of(Photos.jpegWithGps(320, 240), php.getBytes(StandardCharsets.UTF_8)), "not a JPEG or PNG image");
        assertThat(Photos.storedIn("misuse")).as("files left in the data folder").isEqualTo(before);
    }

    @Test
    @Order(3)
    void aFilledHoneypotAndAMissingFieldAreRefused() {
        String token = unique();
        Map<String, Object> robot = report(token, null, List.of());
        robot.put("website", "http://spam.example");
        Response answer = post(base.toString(), robot);
        answer.then().statusCode(400);
        assertThat(answer.jsonPath().getString("error")).contains("not accepted");
        Map<String, Object> empty = report(token, null, List.of());
        empty.remove("whereSeen");
        post(base.toString(), empty).then().statusCode(400);
        assertThat(inbox().getList("productOrBrand", String.class)).noneMatch(p -> p.contains(token));
    }

    @Test
    @Order(4)
    void theTwentyFirstReportFromOneAddressWithinAnHourIsRefused() {
        // Another address than the other tests' (localhost, not the host's name), so that this count starts at zero.
        String fromLocalhost = Deployments.onLocalhost(base) + "/";
        String token = unique();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 1; i <= 21; i++) {
            statuses.add(post(fromLocalhost, report(token + "-" + i, null, List.of())).statusCode());
        }
        assertThat(statuses.subList(0, 20)).containsOnly(201);
        assertThat(statuses.get(20)).isEqualTo(429);
        Response refused = post(fromLocalhost, report(token, null, List.of()));
        assertThat(refused.jsonPath().getString("error")).contains("Too many submissions");
    }

    private void refused(List<byte[]> photos, String reason) {
        String token = unique();
        Response answer = post(base.toString(), report(token, "x@example.vn", photos));
        answer.then().statusCode(400).contentType(ContentType.JSON);
        assertThat(answer.jsonPath().getString("error")).contains(reason);
        assertThat(inbox().getList("productOrBrand", String.class)).noneMatch(p -> p.contains(token));
    }

    private static Response post(String baseUri, Map<String, Object> body) {
        return given().baseUri(baseUri).contentType(ContentType.JSON).body(body).post("api/v1/misuse-reports");
    }

    private static Map<String, Object> report(String token, String contact, List<byte[]> photos) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("productOrBrand", "Mật ong giả nhãn OCOP " + token);
        body.put("whereSeen", "Chợ Đồng Xuân, quầy 12, Hà Nội");
        body.put("description", "Hộp mật ong dán nhãn OCOP 4 sao nhưng không có số chứng nhận.");
        if (contact != null) {
            body.put("contact", contact);
        }
        body.put("photos", photos.stream().map(p -> Base64.getEncoder().encodeToString(p)).toList());
        return body;
    }

    private JsonPath inbox() {
        return admin().get("api/v1/admin/misuse-reports").then().statusCode(200).extract().jsonPath();
    }

    private Map<String, Object> inboxRow(String token) {
        List<Map<String, Object>> rows = inbox().getList("$");
        return rows.stream().filter(r -> String.valueOf(r.get("productOrBrand")).contains(token)).findFirst()
            .orElseThrow(() -> new AssertionError("report " + token + " not in the inbox"));
    }

    private static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }
}
