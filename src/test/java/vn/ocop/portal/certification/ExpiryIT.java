package vn.ocop.portal.certification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import vn.ocop.portal.ApiTest;
import vn.ocop.portal.MailSink;

/**
 * The expiry lists, their exports and the expiry notices over the admin API. Today is 2026-11-25 in the tests and a
 * certificate runs 36 months from its decision, so the decision dates below put this class's own certificates 20,
 * 45, 60 and 200 days from expiry, and one expired in 2024 (certified in 2021).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExpiryIT extends ApiTest {

    private static final String TAG = Long.toString(System.nanoTime(), 36).toUpperCase();
    private static final String IN_20 = "EXP-" + TAG + "-020";
    private static final String IN_45 = "EXP-" + TAG + "-045";
    private static final String IN_60 = "EXP-" + TAG + "-060";
    private static final String IN_200 = "EXP-" + TAG + "-200";
    private static final String EXPIRED = "EXP-" + TAG + "-OLD";
    private static final List<String> ALL = List.of(IN_20, IN_45, IN_60, IN_200, EXPIRED);

    private static MailSink mail;
    private static boolean imported;

    @BeforeAll
    static void startMailSink() {
        mail = MailSink.start();
    }

    @AfterAll
    static void stopMailSink() {
        mail.close();
    }

    private static String address(String number) {
        return number.toLowerCase() + "@producers.it.localhost";
    }

    /** The class's certificates, and the producers' e-mail addresses (except the 45-day one's), once per class. */
    private void importOwnCertificates() {
        if (imported) {
            return;
        }
        String csv = LIST_HEADER + "\n"
            + row(IN_20, "Mật ong Hai mươi", "15/12/2023")
            + row(IN_45, "Chè Bốn lăm", "09/01/2024")
            + row(IN_60, "Nước mắm Sáu mươi", "24/01/2024")
            + row(IN_200, "Gạo Hai trăm", "13/06/2024")
            + row(EXPIRED, "Miến Cũ, \"đặc sản\"", "10/03/2021");
        admin().contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
            .post("api/v1/admin/imports/certified-products").then().log().ifValidationFails().statusCode(200);
        for (String number : List.of(IN_20, IN_60, IN_200, EXPIRED)) {
            setEmail(number, address(number));
        }
        imported = true;
    }

    private static String row(String number, String product, String decisionDate) {
        String name = product + " " + number;
        return number + "," + (name.contains(",") ? "\"" + name.replace("\"", "\"\"") + "\"" : name) + ",Thực phẩm,3,60,Hợp tác xã Hạn " + number + ",Hợp tác xã,Hưng Yên,Khoái Châu,Bình Minh,"
            + "7/QĐ-UBND-" + TAG + "," + decisionDate + ",Tỉnh,UBND tỉnh Hưng Yên,,\n";
    }

    /** Through the office's producer correction, as an admin adds a contact address. */
    private void setEmail(String number, String email) {
        Map<String, Object> producer = admin().get("api/v1/admin/certificates/" + number).then().statusCode(200)
            .extract().jsonPath().getMap("producer");
        admin().contentType(ContentType.JSON).body(Map.of("version", producer.get("version"), "name", producer.get("name"),
                "type", producer.get("type"), "email", email))
            .put("api/v1/admin/producers/" + producer.get("id")).then().log().ifValidationFails().statusCode(200);
    }

    /** This class's certificates in a list, reading every page of it. */
    private List<String> ownIn(String list, String parameters) {
        List<String> numbers = new ArrayList<>();
        long total = Long.MAX_VALUE;
        for (int first = 0; first < total; first += 1000) {
            JsonPath page = admin().get("api/v1/admin/expiry/" + list + "?max=1000&first=" + first + parameters)
                .then().statusCode(200).extract().jsonPath();
            total = page.getLong("total");
            numbers.addAll(page.getList("items.number", String.class));
            if (page.getList("items").isEmpty()) {
                break;
            }
        }
        return numbers.stream().filter(ALL::contains).toList();
    }

    @Test
    @Order(1)
    void eachListHoldsExactlyTheCertificatesItNames() {
        importOwnCertificates();
        assertThat(ownIn("expiring", "&days=30")).containsExactly(IN_20);
        assertThat(ownIn("expiring", "")).as("the expiring window, 90 days").containsExactly(IN_20, IN_45, IN_60);
        assertThat(ownIn("expiring", "&days=250")).containsExactly(IN_20, IN_45, IN_60, IN_200);
        assertThat(ownIn("expired", "")).containsExactly(EXPIRED);
        assertThat(ownIn("expired-by-year", "&year=2021")).containsExactly(EXPIRED);
        assertThat(ownIn("expired-by-year", "&year=2023")).as("certified in 2023, not expired yet").isEmpty();

        JsonPath page = admin().get("api/v1/admin/expiry/expiring?days=30&max=1000").then().extract().jsonPath();
        Map<String, Object> item = page.getMap("items.find { it.number == '" + IN_20 + "' }");
        assertThat(item).containsEntry("expiresOn", "2026-12-15").containsEntry("status", "EXPIRING")
            .containsEntry("province", "Hưng Yên").containsEntry("stars", 3);
        assertThat(page.getString("title")).isEqualTo("Sản phẩm OCOP hết hạn trong 30 ngày tới, tính từ 25/11/2026");
        assertThat(admin().get("api/v1/admin/expiry/expired-by-year?year=2021").then().extract().jsonPath()
            .getString("title")).startsWith("Sản phẩm OCOP năm 2021 hết hạn từ ");
    }

    @Test
    @Order(2)
    void theExportsHoldTheSameCertificatesAsTheLists() throws Exception {
        importOwnCertificates();
        Response xlsx = admin().get("api/v1/admin/expiry/expiring.xlsx?days=90");
        xlsx.then().statusCode(200).contentType(containsString("spreadsheetml"))
            .header("Content-Disposition", containsString("ocop-certificates-expiring-90-days-2026-11-25.xlsx"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("certificate_number");
            List<Row> own = IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                .filter(r -> ALL.contains(r.getCell(0).getStringCellValue())).toList();
            assertThat(own).extracting(r -> r.getCell(0).getStringCellValue()).containsExactly(IN_20, IN_45, IN_60);
            assertThat(own.get(0).getCell(14).getLocalDateTimeCellValue().toLocalDate()).hasToString("2026-12-15");
        }

        Response csv = admin().get("api/v1/admin/expiry/expired-by-year.csv?year=2021");
        csv.then().statusCode(200).contentType(containsString("text/csv"));
        byte[] bytes = csv.asByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
            .parse(new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8))
            .getRecords();
        List<CSVRecord> own = records.stream().filter(r -> ALL.contains(r.get("certificate_number"))).toList();
        assertThat(own).singleElement().satisfies(r -> {
            assertThat(r.get("certificate_number")).isEqualTo(EXPIRED);
            assertThat(r.get("product_name")).isEqualTo("Miến Cũ, \"đặc sản\" " + EXPIRED);
            assertThat(r.get("decision_date")).isEqualTo("10/03/2021");
            assertThat(r.get("expires_on")).isEqualTo("10/03/2024");
            assertThat(r.get("status")).isEqualTo("EXPIRED");
        });
        assertThat(records).allSatisfy(r -> assertThat(r.get("decision_date")).endsWith("/2021"));
    }

    @Test
    @Order(3)
    void noticesGoOutOnceToTheRightProducersAndTheLogSaysSo() throws Exception {
        importOwnCertificates();
        admin().post("api/v1/admin/notifications/run").then().statusCode(200);
        JsonPath second = admin().post("api/v1/admin/notifications/run").then().statusCode(200).extract().jsonPath();

        List<MimeMessage> in20 = mail.await(address(IN_20), 1, Duration.ofSeconds(20));
        List<MimeMessage> in60 = mail.await(address(IN_60), 1, Duration.ofSeconds(20));
        assertThat(in20).singleElement().satisfies(m -> {
            assertThat(MailSink.subject(m)).contains(IN_20).contains("15/12/2026");
            assertThat(MailSink.text(m)).contains("Mật ong Hai mươi " + IN_20).contains("còn 20 ngày")
                .contains("trước ngày 15/11/2026").contains("register for re-evaluation");
        });
        assertThat(in60).singleElement().satisfies(m -> assertThat(MailSink.text(m)).contains("còn 60 ngày")
            .contains("(90 ngày trước khi hết hạn)"));
        assertThat(mail.to(address(IN_200))).as("200 days out: not yet").isEmpty();
        assertThat(mail.to(address(EXPIRED))).as("already expired: too late").isEmpty();

        assertThat(log(IN_20)).singleElement().satisfies(entry -> assertThat(entry)
            .containsEntry("thresholdDays", 30).containsEntry("outcome", "SENT").containsEntry("recipient", address(IN_20)));
        assertThat(log(IN_60)).singleElement().satisfies(entry -> assertThat(entry)
            .containsEntry("thresholdDays", 90).containsEntry("outcome", "SENT"));
        assertThat(log(IN_45)).singleElement().satisfies(entry -> assertThat(entry)
            .containsEntry("thresholdDays", 90).containsEntry("outcome", "NO_ADDRESS"));
        assertThat(log(IN_200)).isEmpty();
        assertThat(log(EXPIRED)).isEmpty();

        assertThat(second.getList("notices.findAll { it.outcome == 'SENT' }.certificateNumber", String.class))
            .as("the second run mails none of them again").doesNotContain(IN_20, IN_60);
        assertThat(admin().get("api/v1/admin/notifications?outcome=NO_ADDRESS&max=1000").then().statusCode(200)
            .extract().jsonPath().getList("certificateNumber", String.class)).contains(IN_45);

        setEmail(IN_45, address(IN_45));
        admin().post("api/v1/admin/notifications/run").then().statusCode(200);
        assertThat(mail.await(address(IN_45), 1, Duration.ofSeconds(20))).hasSize(1);
        assertThat(log(IN_45)).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("outcome", "SENT").containsEntry("recipient", address(IN_45));
            assertThat((Integer) entry.get("attempts")).as("tried on every run until it had an address").isGreaterThanOrEqualTo(3);
        });
    }

    private List<Map<String, Object>> log(String number) {
        return admin().get("api/v1/admin/notifications?certificate=" + number).then().statusCode(200)
            .extract().jsonPath().getList("$");
    }

    @Test
    @Order(4)
    void badRequestsGetAReasonAndAnonymousCallersAreRefused() {
        admin().get("api/v1/admin/expiry/soon").then().statusCode(400)
            .body("error", containsString("expiring, expired and expired-by-year"));
        admin().get("api/v1/admin/expiry/expiring?days=abc").then().statusCode(400).body("error", containsString("days"));
        admin().get("api/v1/admin/expiry/expiring.xlsx?days=0").then().statusCode(400).body("error", containsString("days"));
        admin().get("api/v1/admin/expiry/expired-by-year.csv?year=1990").then().statusCode(400)
            .body("error", containsString("year"));
        admin().get("api/v1/admin/notifications?outcome=LOST").then().statusCode(400).body("error", containsString("outcome"));

        for (String path : List.of("api/v1/admin/expiry/expiring", "api/v1/admin/expiry/expiring.xlsx",
            "api/v1/admin/expiry/expired.csv", "api/v1/admin/notifications")) {
            given().baseUri(base.toString()).get(path).then().statusCode(401);
        }
        given().baseUri(base.toString()).post("api/v1/admin/notifications/run").then().statusCode(401);
    }
}
