package vn.ocop.portal.certification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import vn.ocop.portal.ApiTest;
import vn.ocop.portal.MailSink;
import vn.ocop.portal.PageSession;
import vn.ocop.portal.account.StaffAccounts;

/**
 * The office records decisions with their certificates by hand, corrects them and records re-evaluations, over the
 * admin API. Every test makes its own numbers and names, since the database outlives a run.
 */
class CertificationAdminIT extends ApiTest {

    private String tag;

    @BeforeEach
    void ownNames() {
        tag = Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    private String row(String number, String product, int stars, Integer score) {
        return "{\"number\": \"" + number + "\", \"productName\": \"" + product + "\", \"producerName\": \"HTX Thủ công "
            + tag + "\", \"producerType\": \"COOPERATIVE\", \"province\": \"Thái Bình\", \"stars\": " + stars
            + ", \"score\": " + score + ", \"groupLabel\": \"Thực phẩm\"}";
    }

    private String decision(String number, String date, String... rows) {
        return "{\"number\": \"" + number + "\", \"date\": \"" + date + "\", \"level\": \"PROVINCE\", \"authority\": "
            + "\"UBND tỉnh Thái Bình\", \"round\": \"Đợt 2\", \"certificates\": [" + String.join(", ", rows) + "]}";
    }

    private JsonPath created(String json) {
        return admin().contentType(ContentType.JSON).body(json).post("api/v1/admin/decisions")
            .then().statusCode(201).extract().jsonPath();
    }

    private JsonPath record(String number) {
        return admin().get("api/v1/admin/certificates/" + number).then().statusCode(200).extract().jsonPath();
    }

    private void unknown(String number) {
        given().baseUri(base.toString()).get("api/v1/certificates/" + number).then().statusCode(404);
    }

    @Test
    void aDecisionWithTwoCertificatesIsRecordedInOneGo() {
        String first = "ADM-" + tag + "-1";
        String second = "ADM-" + tag + "-2";
        JsonPath decision = created(decision("101/QĐ-" + tag, "2026-10-01", row(first, "Bánh cáy " + tag, 4, 72),
            row(second, "Chè lam " + tag, 3, null)));

        long id = decision.getLong("id");
        assertThat(decision.getString("round")).isEqualTo("Đợt 2");
        JsonPath read = admin().get("api/v1/admin/decisions/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(read.getList("certificates.certificateNumber", String.class)).containsExactly(first, second);
        assertThat(read.getList("certificates.status", String.class)).containsExactly("VALID", "VALID");
        assertThat(read.getList("certificates.producer", String.class)).containsOnly("HTX Thủ công " + tag);

        JsonPath verdict = get("api/v1/certificates/" + first);
        assertThat(verdict.getString("status")).isEqualTo("VALID");
        assertThat(verdict.getInt("stars")).isEqualTo(4);
        assertThat(verdict.getString("expiresOn")).isEqualTo("2029-10-01");
        assertThat(verdict.getString("decisionNumber")).isEqualTo("101/QĐ-" + tag);
        assertThat(admin().get("api/v1/admin/decisions?number=101/qđ-" + tag.toLowerCase()).then().statusCode(200)
            .extract().jsonPath().getList("certificateCount", Long.class)).containsExactly(2L);
        List<String> actions = admin().get("api/v1/admin/audit?subject=decision " + id).then().extract().jsonPath()
            .getList("action", String.class);
        assertThat(actions).containsExactly("decision.create");
        assertThat(admin().get("api/v1/admin/audit?subject=certificate " + second).then().extract().jsonPath()
            .getList("action", String.class)).containsExactly("certificate.create");
    }

    @Test
    void aDuplicateNumberRefusesTheWholeDecision() {
        String fresh = "ADM-" + tag + "-NEW";
        admin().contentType(ContentType.JSON)
            .body(decision("102/QĐ-" + tag, "2026-10-02", row(fresh, "Bánh gai " + tag, 3, 55),
                row("OCOP-HOAB-2024-0202", "Bánh đa " + tag, 3, 60)))
            .post("api/v1/admin/decisions")
            .then().statusCode(400).body("error", allOf(containsString("certificate 2"),
                containsString("OCOP-HOAB-2024-0202 exists already")));
        admin().contentType(ContentType.JSON)
            .body(decision("103/QĐ-" + tag, "2026-10-02", row(fresh, "Bánh gai " + tag, 3, 55),
                row(fresh.toLowerCase(), "Bánh đa " + tag, 3, 60)))
            .post("api/v1/admin/decisions")
            .then().statusCode(400).body("error", containsString("written twice"));

        unknown(fresh);
        assertThat(admin().get("api/v1/admin/decisions?authority=thái bình&number=" + tag).then().statusCode(200)
            .extract().jsonPath().getList("$")).isEmpty();
        assertThat(get("api/v1/products?status=any&q=Bánh gai " + tag).getInt("total")).isZero();
    }

    @Test
    void aScoreOutsideTheStarsBandOrMissingFactsAreRefusedWithTheirRow() {
        String number = "ADM-" + tag + "-BAND";
        admin().contentType(ContentType.JSON)
            .body(decision("104/QĐ-" + tag, "2026-10-03", row(number, "Mắm rươi " + tag, 4, 65)))
            .post("api/v1/admin/decisions")
            .then().statusCode(400).body("error", allOf(containsString("certificate 1"),
                containsString("A score of 65 gives 3 stars, not 4")));
        admin().contentType(ContentType.JSON)
            .body(decision("104/QĐ-" + tag, "2026-10-03", row(number, "Mắm rươi " + tag, 2, 40)))
            .post("api/v1/admin/decisions")
            .then().statusCode(400).body("error", containsString("Stars must be 3 to 5"));
        admin().contentType(ContentType.JSON)
            .body(decision("104/QĐ-" + tag, "2026-10-03", "{\"number\": \"" + number + "\", \"productName\": \"X "
                + tag + "\", \"producerName\": \"Hộ mới " + tag + "\", \"province\": \"Thái Bình\", \"stars\": 3, "
                + "\"groupLabel\": \"Thực phẩm\"}"))
            .post("api/v1/admin/decisions")
            .then().statusCode(400).body("error", containsString("is new: choose its type"));
        admin().contentType(ContentType.JSON).body("{\"number\": \"\", \"date\": \"2026-10-03\", \"level\": \"PROVINCE\", "
                + "\"authority\": \"UBND\", \"certificates\": []}")
            .post("api/v1/admin/decisions")
            .then().statusCode(400).body("error", allOf(containsString("number"), containsString("certificates")));
        unknown(number);
    }

    @Test
    void anEditFromAStaleVersionIsRefusedAndTheFirstEditKept() {
        String number = "ADM-" + tag + "-EDIT";
        created(decision("105/QĐ-" + tag, "2026-10-04", row(number, "Tương Bần " + tag, 3, 60)));
        JsonPath opened = record(number);
        int version = opened.getInt("version");
        String edit = "{\"version\": " + version + ", \"stars\": 4, \"score\": 71, \"groupLabel\": \"Thực phẩm\"}";
        String other = "{\"version\": " + version + ", \"stars\": 3, \"score\": 58, \"groupLabel\": \"Thực phẩm\"}";

        admin().contentType(ContentType.JSON).body(edit).put("api/v1/admin/certificates/" + number)
            .then().statusCode(200).body("stars", equalTo(4)).body("score", equalTo(71));
        admin().contentType(ContentType.JSON).body(other).put("api/v1/admin/certificates/" + number)
            .then().statusCode(409).body("error", containsString("changed by someone else"));

        assertThat(record(number).getInt("score")).isEqualTo(71);
        assertThat(get("api/v1/certificates/" + number).getInt("stars")).isEqualTo(4);
        admin().contentType(ContentType.JSON).body("{\"version\": " + (version + 1) + ", \"stars\": 5, \"score\": 71, "
                + "\"groupLabel\": \"Thực phẩm\"}").put("api/v1/admin/certificates/" + number)
            .then().statusCode(400).body("error", containsString("gives 4 stars, not 5"));

        Map<String, Object> product = opened.getMap("product");
        String productEdit = "{\"version\": " + product.get("version") + ", \"name\": \"Tương Bần Hưng Yên " + tag
            + "\", \"group\": \"FOOD\", \"description\": \"Tương nếp\", \"priceVnd\": 45000}";
        admin().contentType(ContentType.JSON).body(productEdit).put("api/v1/admin/products/" + product.get("id"))
            .then().statusCode(200).body("name", equalTo("Tương Bần Hưng Yên " + tag));
        admin().contentType(ContentType.JSON).body(productEdit).put("api/v1/admin/products/" + product.get("id"))
            .then().statusCode(409);
        Map<String, Object> producer = opened.getMap("producer");
        admin().contentType(ContentType.JSON).body("{\"version\": " + producer.get("version") + ", \"name\": \""
                + producer.get("name") + "\", \"type\": \"COOPERATIVE\", \"phone\": \"0227 3 123 456\", \"email\": \"htx@"
                + tag.toLowerCase() + ".vn\"}").put("api/v1/admin/producers/" + producer.get("id"))
            .then().statusCode(200).body("phone", equalTo("0227 3 123 456"));
        assertThat(get("api/v1/certificates/" + number).getString("product")).isEqualTo("Tương Bần Hưng Yên " + tag);
        assertThat(admin().get("api/v1/admin/audit?subject=certificate " + number).then().extract().jsonPath()
            .getList("action", String.class)).containsExactly("certificate.correct", "certificate.create");
    }

    @Test
    void aReevaluationSupersedesTheCurrentCertificateAndTheHistoryStays() {
        String first = "ADM-" + tag + "-R1";
        String second = "ADM-" + tag + "-R2";
        String third = "ADM-" + tag + "-R3";
        created(decision("106/QĐ-" + tag, "2025-06-01", row(first, "Rượu nếp cái " + tag, 3, 62)));

        JsonPath upgraded = admin().contentType(ContentType.JSON).body("{\"number\": \"" + second + "\", \"decisionNumber\": "
                + "\"107/QĐ-" + tag + "\", \"decisionDate\": \"2026-09-15\", \"issuingLevel\": \"PROVINCE\", "
                + "\"issuingAuthority\": \"UBND tỉnh Thái Bình\", \"stars\": 4, \"score\": 78}")
            .post("api/v1/admin/certificates/" + first + "/reevaluation").then().statusCode(200).extract().jsonPath();

        assertThat(upgraded.getString("number")).isEqualTo(second);
        assertThat(upgraded.getBoolean("current")).isTrue();
        assertThat(upgraded.getString("groupLabel")).isEqualTo("Thực phẩm");
        assertThat(upgraded.getList("history.certificateNumber", String.class)).containsExactly(second, first);
        assertThat(upgraded.getList("history.status", String.class)).containsExactly("VALID", "SUPERSEDED");
        assertThat(get("api/v1/certificates/" + first).getString("status")).isEqualTo("SUPERSEDED");
        assertThat(get("api/v1/certificates/" + first).getString("statusSince")).isEqualTo("2026-09-15");
        String productUrl = get("api/v1/certificates/" + second).getString("productUrl");
        String page = given().baseUri(base.toString()).get(productUrl.substring(1)).then().statusCode(200).extract().asString();
        assertThat(page).contains(second).contains(first);

        admin().contentType(ContentType.JSON).body("{\"number\": \"" + third + "\", \"decisionId\": "
                + upgraded.getLong("decisionId") + ", \"stars\": 3, \"score\": 66}")
            .post("api/v1/admin/certificates/" + first + "/reevaluation")
            .then().statusCode(400).body("error", containsString("Only the product's current certificate"));
        JsonPath downgraded = admin().contentType(ContentType.JSON).body("{\"number\": \"" + third + "\", \"decisionId\": "
                + upgraded.getLong("decisionId") + ", \"stars\": 3, \"score\": 66}")
            .post("api/v1/admin/certificates/" + second + "/reevaluation").then().statusCode(200).extract().jsonPath();
        assertThat(downgraded.getList("history.certificateNumber", String.class)).containsExactly(third, second, first);
        assertThat(get("api/v1/certificates/" + third).getInt("stars")).isEqualTo(3);
        admin().contentType(ContentType.JSON).body("{\"number\": \"ADM-" + tag + "-R4\", \"decisionNumber\": \"1/QĐ\", "
                + "\"decisionDate\": \"2024-01-01\", \"issuingLevel\": \"PROVINCE\", \"issuingAuthority\": \"UBND\", "
                + "\"stars\": 4, \"score\": 80}")
            .post("api/v1/admin/certificates/" + third + "/reevaluation")
            .then().statusCode(400).body("error", containsString("older"));
        unknown("ADM-" + tag + "-R4");
    }

    @Test
    void anonymousCallersMayNeitherReadNorWrite() {
        String number = "ADM-" + tag + "-ANON";
        String body = decision("108/QĐ-" + tag, "2026-10-05", row(number, "Kẹo lạc " + tag, 3, 55));
        given().baseUri(base.toString()).contentType(ContentType.JSON).body(body).post("api/v1/admin/decisions")
            .then().statusCode(401);
        given().baseUri(base.toString()).get("api/v1/admin/decisions").then().statusCode(401);
        given().baseUri(base.toString()).get("api/v1/admin/certificates/OCOP-HOAB-2024-0202").then().statusCode(401);
        given().baseUri(base.toString()).contentType(ContentType.JSON)
            .body("{\"version\": 0, \"stars\": 5, \"score\": 95, \"groupLabel\": \"Thực phẩm\"}")
            .put("api/v1/admin/certificates/OCOP-HOAB-2024-0202").then().statusCode(401);
        given().baseUri(base.toString()).contentType(ContentType.JSON).body("{\"number\": \"" + number + "\", \"stars\": 5}")
            .post("api/v1/admin/certificates/OCOP-HOAB-2024-0202/reevaluation").then().statusCode(401);
        unknown(number);
        assertThat(get("api/v1/certificates/OCOP-HOAB-2024-0202").getInt("stars")).isEqualTo(4);
    }

    @Test
    void theCommerceDepartmentReadsCertificatesButChangesNothing() throws Exception {
        String number = "ADM-" + tag + "-COM";
        JsonPath decision = created(decision("109/QĐ-" + tag, "2026-10-06", row(number, "Bánh nhãn " + tag, 3, 58)));
        String commerce;
        try (MailSink mail = MailSink.start()) {
            commerce = StaffAccounts.create(base.toString(), admin(), mail, "certadmin-commerce", "COMMERCE", null);
        }
        RequestSpecification reader = given().baseUri(base.toString()).auth().preemptive()
            .basic(commerce, StaffAccounts.PASSWORD);
        JsonPath read = reader.get("api/v1/admin/certificates/" + number).then().statusCode(200).extract().jsonPath();
        String correction = "{\"version\": " + read.getInt("version") + ", \"stars\": 4, \"score\": 80, "
            + "\"groupLabel\": \"Thực phẩm\"}";
        given().baseUri(base.toString()).auth().preemptive().basic(commerce, StaffAccounts.PASSWORD)
            .get("api/v1/admin/decisions/" + decision.getLong("id")).then().statusCode(200);
        given().baseUri(base.toString()).auth().preemptive().basic(commerce, StaffAccounts.PASSWORD)
            .contentType(ContentType.JSON).body(correction).put("api/v1/admin/certificates/" + number)
            .then().statusCode(403);
        given().baseUri(base.toString()).auth().preemptive().basic(commerce, StaffAccounts.PASSWORD)
            .contentType(ContentType.JSON).body("{\"number\": \"" + number + "-X\", \"decisionId\": "
                + decision.getLong("id") + ", \"stars\": 3, \"score\": 60}")
            .post("api/v1/admin/certificates/" + number + "/reevaluation").then().statusCode(403);
        given().baseUri(base.toString()).auth().preemptive().basic(commerce, StaffAccounts.PASSWORD)
            .contentType(ContentType.JSON).body(decision("110/QĐ-" + tag, "2026-10-06", row(number + "-Y", "Y " + tag, 3, 58)))
            .post("api/v1/admin/decisions").then().statusCode(403);

        PageSession pages = new PageSession(base.toString()).signIn(commerce, StaffAccounts.PASSWORD);
        String page = pages.get("admin/registry/certificate?number=" + number).then().statusCode(200).extract().asString();
        assertThat(page).contains(number).contains("Bánh nhãn " + tag).doesNotContain("id=\"edit\"")
            .doesNotContain("id=\"revoke\"").doesNotContain("id=\"reevaluate\"");
        assertThat(pages.get("admin/registry/certificates?q=" + number).then().statusCode(200).extract().asString())
            .contains(number);
        for (String office : List.of("admin/certificates/edit?number=" + number, "admin/certificates/reevaluate?number="
            + number, "admin/certificates/status?number=" + number + "&action=revoke", "admin/decisions/new",
            "admin/decisions")) {
            assertThat(pages.get(office).statusCode()).as(office).isEqualTo(404);
        }
        String asOffice = new PageSession(base.toString()).signIn(ADMIN, PASSWORD)
            .get("admin/registry/certificate?number=" + number).then().statusCode(200).extract().asString();
        assertThat(asOffice).contains("id=\"edit\"").contains("id=\"revoke\"").contains("id=\"reevaluate\"");
        assertThat(record(number).getInt("score")).isEqualTo(58);
        unknown(number + "-X");
        unknown(number + "-Y");
    }
}
