package vn.ocop.portal.certification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.ocop.portal.ApiTest;
import vn.ocop.portal.certification.control.Workbooks;

/**
 * The import's dry run over HTTP ({@code ?dryRun=true}) answers what the import would do and writes nothing; lists
 * come as CSV or XLSX. Each test makes certificate numbers of its own, so it may run again on the same database.
 */
class ImportPreviewIT extends ApiTest {

    static final String PATH = "api/v1/admin/imports/certified-products";
    private String tag;

    @BeforeEach
    void tag() {
        tag = Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    private String row(int n, String productName, String stars, String score, String date) {
        return String.join(",", "PV-" + tag + "-" + n, "Xem trước " + productName + " " + tag, "Thực phẩm", stars, score,
            "Hợp tác xã Xem trước " + tag, "Hợp tác xã", "Thái Bình", "Vũ Thư", "Song An", "31/QĐ-UBND", date,
            "Tỉnh", "UBND tỉnh Thái Bình", "85000", "Bánh cáy làng Nguyễn");
    }

    private String list(String... rows) {
        return LIST_HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    private JsonPath post(String contentType, byte[] body, boolean dryRun) {
        return admin().contentType(contentType).queryParam("dryRun", dryRun).body(body).post(PATH)
            .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    private JsonPath csv(String text, boolean dryRun) {
        return post("text/csv", text.getBytes(StandardCharsets.UTF_8), dryRun);
    }

    private static List<Object> counts(JsonPath answer) {
        return List.of(answer.getInt("imported"), answer.getInt("updated"), answer.getInt("unchanged"),
            answer.getList("rejected"), answer.getList("warnings"));
    }

    private long position() {
        return admin().get("api/v1/admin/search").then().statusCode(200).extract().jsonPath().getLong("position");
    }

    /** The index's change-log position once the follower has caught up with every committed change. */
    private long settledPosition() throws InterruptedException {
        long previous = -1;
        long position = position();
        while (position != previous) {
            Thread.sleep(1_500);
            previous = position;
            position = position();
        }
        return position;
    }

    @Test
    void aDryRunWritesNothingAndTheImportThenDoesWhatItSaid() throws Exception {
        String text = list(row(1, "Bánh cáy", "4", "76", "10/05/2025"), row(2, "Kẹo lạc", "3", "75", "10/05/2025"),
            row(3, "Chè lam", "3", "62", "2025-05-10"));
        long before = settledPosition();

        JsonPath dry = csv(text, true);
        assertThat(dry.getInt("imported")).isEqualTo(2);
        assertThat(dry.getInt("updated")).isZero();
        assertThat(dry.getInt("unchanged")).isZero();
        List<Map<String, Object>> rejected = dry.getList("rejected");
        assertThat(rejected).extracting(r -> r.get("line")).containsExactly(3);

        given().baseUri(base.toString()).get("api/v1/certificates/PV-" + tag + "-1").then().statusCode(404);
        assertThat(get("api/v1/products?status=any&q=PV-" + tag + "-1").getInt("total")).isZero();
        Thread.sleep(2_000); // the follower reads the change log every second: a row written would show by now
        assertThat(position()).as("no search_change row for a dry run").isEqualTo(before);
        assertThat(counts(csv(text, true))).as("a second dry run answers the same").isEqualTo(counts(dry));

        JsonPath imported = csv(text, false);
        assertThat(counts(imported)).isEqualTo(counts(dry));
        given().baseUri(base.toString()).get("api/v1/certificates/PV-" + tag + "-1").then().statusCode(200)
            .body("stars", equalTo(4));
        assertThat(settledPosition()).as("the import's change is in the log").isGreaterThan(before);

        JsonPath again = csv(text, true);
        assertThat(again.getInt("imported")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(2);
    }

    @Test
    void aDryRunOfACorrectionSaysUpdatedAndLeavesTheCertificateAsItWas() {
        csv(list(row(1, "Nem chua", "3", "60", "01/06/2025")), false);
        String corrected = list(row(1, "Nem chua", "4", "72", "01/06/2025"));
        JsonPath dry = csv(corrected, true);
        assertThat(dry.getInt("updated")).isEqualTo(1);
        given().baseUri(base.toString()).get("api/v1/certificates/PV-" + tag + "-1").then().body("stars", equalTo(3));
        assertThat(counts(csv(corrected, false))).isEqualTo(counts(dry));
        given().baseUri(base.toString()).get("api/v1/certificates/PV-" + tag + "-1").then().body("stars", equalTo(4));
    }

    @Test
    void theSameListAsXlsxGivesTheSameAnswerAsAsCsv() {
        String text = list(row(1, "Bánh gai", "4", "80", "20/04/2025"), row(2, "Rượu nếp", "5", "60", "20/04/2025"),
            row(1, "Bánh gai", "4", "80", "20/04/2025"), row(3, "Tương", "3", "55", "01/01/2027"));
        byte[] workbook = Workbooks.of(text);
        JsonPath fromCsv = csv(text, true);
        JsonPath fromXlsx = post(Workbooks.CONTENT_TYPE, workbook, true);
        assertThat(fromCsv.getInt("imported")).isEqualTo(1);
        assertThat(fromCsv.getList("rejected")).hasSize(3);
        assertThat(counts(fromXlsx)).isEqualTo(counts(fromCsv));

        assertThat(counts(post(Workbooks.CONTENT_TYPE, workbook, false))).isEqualTo(counts(fromCsv));
        given().baseUri(base.toString()).get("api/v1/certificates/PV-" + tag + "-1").then().statusCode(200)
            .body("expiresOn", equalTo("2028-04-20"));
    }

    @Test
    void whatIsNotAListIsRefusedByItsContentWhateverItClaimsToBe() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("list.csv"));
            zip.write(list(row(1, "Bánh", "4", "80", "20/04/2025")).getBytes(StandardCharsets.UTF_8));
        }
        admin().contentType(Workbooks.CONTENT_TYPE).body(zipped.toByteArray()).post(PATH).then().statusCode(400)
            .contentType(ContentType.JSON).body("error", containsString("XLSX"));
        admin().contentType(Workbooks.CONTENT_TYPE).body(list(row(1, "Bánh", "4", "80", "20/04/2025")).getBytes(StandardCharsets.UTF_8))
            .queryParam("dryRun", true).post(PATH).then().statusCode(200).body("imported", equalTo(1));
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};
        admin().contentType("text/csv").body(xls).post(PATH).then().statusCode(400).body("error", containsString(".xls"));
        byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
        Arrays.fill(tooLarge, (byte) 'a');
        admin().contentType("text/csv").body(tooLarge).post(PATH).then().statusCode(400).body("error", containsString("20 MB"));
        given().baseUri(base.toString()).get("api/v1/certificates/PV-" + tag + "-1").then().statusCode(404);
    }

    @Test
    void aDryRunNeedsAdminCredentialsToo() {
        given().baseUri(base.toString()).contentType("text/csv").queryParam("dryRun", true)
            .body(list(row(1, "Bánh", "4", "80", "20/04/2025"))).post(PATH).then().statusCode(401);
    }
}
