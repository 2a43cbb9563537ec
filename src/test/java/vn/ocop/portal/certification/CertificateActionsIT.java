package vn.ocop.portal.certification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.portal.Eventually.within;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.ocop.portal.ApiTest;

/**
 * The office suspends, reinstates and revokes certificates over the admin API: the verdict, the search index and
 * the audit log all follow, and nobody but an admin may do it. Each test imports its own certificate, since the
 * integration tests' database outlives a run.
 */
class CertificateActionsIT extends ApiTest {

    private String number;

    @BeforeEach
    void importOwnCertificate() {
        number = "ACT-IT-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String csv = LIST_HEADER + "\n" + number + ",Tương ớt Kiểm thử " + number + ",Thực phẩm,4,75,Hợp tác xã Kiểm thử "
            + number + ",Hợp tác xã,Hưng Yên,Khoái Châu,Bình Minh,66/QĐ-UBND,01/09/2026,Tỉnh,UBND tỉnh Hưng Yên,,\n";
        admin().contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
            .post("api/v1/admin/imports/certified-products").then().statusCode(200).body("imported", equalTo(1));
    }

    private JsonPath act(String action, String json) {
        return admin().contentType(ContentType.JSON).body(json).post("api/v1/admin/certificates/" + number + "/" + action)
            .then().statusCode(200).extract().jsonPath();
    }

    private List<String> validNumbers() {
        return get("api/v1/products?q=" + number).getList("items.certificateNumber", String.class);
    }

    @Test
    void aRevokedCertificateLeavesValidSearchesAndSaysWhy() throws Exception {
        assertThat(within(Duration.ofSeconds(5), this::validNumbers, found -> found.contains(number))).contains(number);

        JsonPath revoked = act("revocation", "{\"on\": \"2026-11-20\", \"reason\": \"Vi phạm an toàn thực phẩm\"}");

        assertThat(revoked.getString("status")).isEqualTo("REVOKED");
        JsonPath verdict = get("api/v1/certificates/" + number);
        assertThat(verdict.getString("status")).isEqualTo("REVOKED");
        assertThat(verdict.getString("statusSince")).isEqualTo("2026-11-20");
        assertThat(verdict.getString("statusReason")).isEqualTo("Vi phạm an toàn thực phẩm");
        assertThat(within(Duration.ofSeconds(5), this::validNumbers, found -> !found.contains(number)))
            .as("gone from valid results").doesNotContain(number);
        JsonPath any = get("api/v1/products?status=any&q=" + number);
        assertThat(any.getString("items[0].certificateNumber")).isEqualTo(number);
        assertThat(any.getString("items[0].status")).isEqualTo("REVOKED");
        assertThat(any.getInt("facets.status.revoked")).isPositive();

        List<Map<String, String>> entries = admin().get("api/v1/admin/audit?subject=certificate " + number)
            .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("actor", ADMIN).containsEntry("action", "certificate.revoke");
            assertThat(entry.get("before")).contains("state=ACTIVE");
            assertThat(entry.get("after")).contains("state=REVOKED").contains("Vi phạm an toàn thực phẩm");
        });
    }

    @Test
    void aSuspensionEndsWithAReinstatementButARevocationIsFinal() throws Exception {
        act("suspension", "{\"on\": \"2026-11-01\", \"reason\": \"Đang kiểm tra chất lượng\"}");
        assertThat(get("api/v1/certificates/" + number).getString("status")).isEqualTo("SUSPENDED");
        act("reinstatement", "{\"on\": \"2026-11-15\"}");
        assertThat(get("api/v1/certificates/" + number).getString("status")).isEqualTo("VALID");
        act("revocation", "{\"on\": \"2026-11-20\", \"reason\": \"Không khắc phục\"}");

        admin().contentType(ContentType.JSON).body("{\"on\": \"2026-11-21\"}")
            .post("api/v1/admin/certificates/" + number + "/reinstatement")
            .then().statusCode(400).body("error", containsString("only a suspended certificate can be reinstated"));
        assertThat(admin().get("api/v1/admin/audit?subject=certificate " + number).then().extract().jsonPath()
            .getList("action", String.class))
            .containsExactly("certificate.revoke", "certificate.reinstate", "certificate.suspend");
    }

    @Test
    void badRequestsAreRefusedWithAReasonAndChangeNothing() {
        String path = "api/v1/admin/certificates/" + number + "/revocation";
        admin().contentType(ContentType.JSON).body("{\"on\": \"2026-11-20\"}").post(path)
            .then().statusCode(400).body("error", containsString("reason"));
        admin().contentType(ContentType.JSON).body("{\"on\": \"2020-01-01\", \"reason\": \"x\"}").post(path)
            .then().statusCode(400).body("error", containsString("decision date"));
        admin().contentType(ContentType.JSON).body("{\"on\": \"not a date\", \"reason\": \"x\"}").post(path)
            .then().statusCode(400);
        admin().contentType(ContentType.JSON).body("{\"on\": \"2026-11-20\", \"reason\": \"x\"}")
            .post("api/v1/admin/certificates/NO-SUCH-NUMBER/revocation").then().statusCode(404);
        assertThat(get("api/v1/certificates/" + number).getString("status")).isEqualTo("VALID");
        assertThat(admin().get("api/v1/admin/audit?subject=certificate " + number).then().extract().jsonPath()
            .getList("$")).isEmpty();
    }

    @Test
    void onlyAnAdminMayActOnCertificatesOrReadTheAuditLog() {
        String body = "{\"on\": \"2026-11-20\", \"reason\": \"x\"}";
        given().baseUri(base.toString()).contentType(ContentType.JSON).body(body)
            .post("api/v1/admin/certificates/" + number + "/revocation").then().statusCode(401);
        given().baseUri(base.toString()).auth().preemptive().basic(ADMIN, "wrong-password").contentType(ContentType.JSON)
            .body(body).post("api/v1/admin/certificates/" + number + "/suspension").then().statusCode(401);
        given().baseUri(base.toString()).get("api/v1/admin/audit").then().statusCode(401);
        assertThat(get("api/v1/certificates/" + number).getString("status")).isEqualTo("VALID");
    }
}
