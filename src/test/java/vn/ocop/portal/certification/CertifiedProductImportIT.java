package vn.ocop.portal.certification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import vn.ocop.portal.ApiTest;

/**
 * The import over HTTP, as a province's script would call it. Each test makes certificate numbers of its own (a run
 * tag), so the tests stand alone and may run again on the same database.
 */
class CertifiedProductImportIT extends ApiTest {

    static final String PATH = "api/v1/admin/imports/certified-products";
    private String tag;

    @BeforeEach
    void tag() {
        tag = Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    private String row(int n, String productName, String stars, String score, String date) {
        return String.join(",", "IT-" + tag + "-" + n, productName + " " + tag, "Thực phẩm", stars, score,
            "Hợp tác xã Kiểm thử " + tag, "Hợp tác xã", "Hưng Yên", "Khoái Châu", "Bình Minh", "55/QĐ-UBND", date,
            "Huyện", "UBND huyện Khoái Châu", "120000", "\"Mô tả, có dấu phẩy và \"\"ngoặc kép\"\"\"");
    }

    private RequestSpecification adminCsv() {
        return admin().contentType("text/csv");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private int productsWithAnyStatus() {
        return given().baseUri(base.toString()).get("api/v1/products?status=any&size=1").then().extract().path("total");
    }

    @Test
    void importsGoodRowsRejectsBadOnesWithTheirLinesAndSecondImportChangesNothing() {
        String csv = "\uFEFF" + LIST_HEADER + "\r\n"
            + row(1, "Mật ong hoa nhãn", "4", "75", "15/03/2024") + "\r\n"
            + row(2, "Chả gà", "3", "75", "15/03/2024") + "\r\n"          // score outside the 3-star band
            + row(3, "Tương Bần", "5", "95", "2024-04-01") + "\r\n"        // ISO date
            + row(4, "Bánh cuốn", "3", "60", "31/02/2024") + "\r\n"        // no such day
            + row(1, "Mật ong hoa nhãn", "4", "75", "15/03/2024") + "\r\n"; // number repeated
        JsonPath first = adminCsv().body(csv.getBytes(StandardCharsets.UTF_8)).post(PATH)
            .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
        assertThat(first.getInt("imported")).isEqualTo(2);
        assertThat(first.getInt("updated")).isZero();
        List<Map<String, Object>> rejected = first.getList("rejected");
        assertThat(rejected).extracting(r -> r.get("line")).containsExactly(3, 5, 6);
        assertThat(rejected).allSatisfy(r -> assertThat((String) r.get("reason")).isNotBlank());

        JsonPath second = adminCsv().body(csv.getBytes(StandardCharsets.UTF_8)).post(PATH).then().statusCode(200).extract().jsonPath();
        assertThat(second.getInt("imported")).isZero();
        assertThat(second.getInt("updated")).isZero();
        assertThat(second.getInt("unchanged")).isEqualTo(2);

        given().baseUri(base.toString()).get("api/v1/certificates/IT-" + tag + "-3")
            .then().statusCode(200).body("stars", equalTo(5)).body("expiresOn", equalTo("2027-04-01"));
    }

    @Test
    void aCorrectedRowUpdatesItsCertificate() {
        adminCsv().body(utf8(LIST_HEADER + "\n" + row(1, "Nước mắm", "3", "60", "01/06/2024") + "\n")).post(PATH).then().statusCode(200);
        JsonPath corrected = adminCsv().body(utf8(LIST_HEADER + "\n" + row(1, "Nước mắm", "4", "72", "01/06/2024") + "\n")).post(PATH)
            .then().statusCode(200).extract().jsonPath();
        assertThat(corrected.getInt("updated")).isEqualTo(1);
        given().baseUri(base.toString()).get("api/v1/certificates/IT-" + tag + "-1").then().body("stars", equalTo(4));
    }

    @Test
    void aFileThatIsNotAListIsRefusedWholeAndWritesNothing() {
        int before = productsWithAnyStatus();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        adminCsv().body(png).post(PATH).then().statusCode(400).contentType(ContentType.JSON).body("$", hasKey("error"));
        adminCsv().body("name,price\nMật ong,100\n").post(PATH).then().statusCode(400).body("$", hasKey("error"));
        String missingColumn = LIST_HEADER.replace(",stars", "") + "\n";
        adminCsv().body(missingColumn).post(PATH).then().statusCode(400);
        adminCsv().body("Mật ong".getBytes(java.nio.charset.Charset.forName("windows-1258"))).post(PATH).then().statusCode(400);
        assertThat(productsWithAnyStatus()).isEqualTo(before);
    }

    @Test
    void refusesCallersWithoutAdminCredentials() {
        String csv = LIST_HEADER + "\n" + row(1, "Không được nhập", "3", "60", "01/06/2024") + "\n";
        given().baseUri(base.toString()).contentType("text/csv").body(csv).post(PATH).then().statusCode(401);
        given().baseUri(base.toString()).auth().preemptive().basic(ADMIN, "wrong-password").contentType("text/csv")
            .body(csv).post(PATH).then().statusCode(401).body("$", hasKey("error"));
        given().baseUri(base.toString()).get("api/v1/certificates/IT-" + tag + "-1").then().statusCode(404);
    }
}
