package vn.ocop.portal.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import vn.ocop.portal.ApiTest;

/**
 * The booth-application rules over the API with the fixed clock: today is 2026-11-25, a certificate runs 36 months
 * from its decision, so one decided 2023-11-20 expired on 2026-11-20 and one decided 2025-01-10 runs to 2028-01-10.
 */
class BoothApplicationsIT extends ApiTest {

    private static final String TAG = Long.toString(System.nanoTime(), 36).toUpperCase();
    private static final String HONEY = "EV-" + TAG + "-HONEY";
    private static final String OLD = "EV-" + TAG + "-OLD";
    private static final String TEA = "EV-" + TAG + "-TEA";
    private static final String RICE = "EV-" + TAG + "-RICE";
    private static boolean imported;

    private void importOwnCertificates() {
        if (imported) {
            return;
        }
        // HONEY and OLD belong to one cooperative; TEA and RICE to two others.
        String rows = row(HONEY, "Mật ong", "A", "10/01/2025", "1") + row(OLD, "Miến", "A", "20/11/2023", "2")
            + row(TEA, "Chè", "B", "10/01/2025", "1") + row(RICE, "Gạo", "C", "10/01/2025", "1");
        admin().contentType("text/csv; charset=UTF-8")
            .body((LIST_HEADER + "\n" + rows).getBytes(StandardCharsets.UTF_8))
            .post("api/v1/admin/imports/certified-products").then().log().ifValidationFails().statusCode(200);
        imported = true;
    }

    private static String row(String number, String product, String producer, String decisionDate, String decision) {
        return number + "," + product + " " + number + ",Thực phẩm,3,60,Hợp tác xã " + TAG + " " + producer
            + ",Hợp tác xã,Hưng Yên,Khoái Châu,Bình Minh,EV-" + decision + "/QĐ-UBND-" + TAG + "," + decisionDate
            + ",Tỉnh,UBND tỉnh Hưng Yên,,\n";
    }

    private JsonPath certificate(String number) {
        return admin().get("api/v1/admin/certificates/" + number).then().statusCode(200).extract().jsonPath();
    }

    private long productOf(String number) {
        return certificate(number).getLong("product.id");
    }

    private long producerOf(String number) {
        return certificate(number).getLong("producer.id");
    }

    private long createEvent(String name, int booths, String applicationsUntil, boolean publish) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "type", "FAIR", "organiser",
            "Sở Công Thương Hưng Yên", "startsAt", "2026-12-20T08:00:00", "endsAt", "2026-12-24T21:00:00",
            "province", "Hưng Yên", "address", "Quảng trường Nguyễn Văn Linh, TP Hưng Yên", "booths", booths,
            "applicationsUntil", applicationsUntil));
        body.put("latitude", 20.6464);
        body.put("longitude", 106.0511);
        body.put("description", "Hội chợ OCOP; gian hàng, ẩm thực\nvà văn hoá");
        long id = admin().contentType(ContentType.JSON).body(body).post("api/v1/admin/events").then()
            .log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("id");
        if (publish) {
            admin().post("api/v1/admin/events/" + id + "/publish").then().statusCode(200);
        }
        return id;
    }

    private io.restassured.response.ValidatableResponse apply(long event, long producer, List<Long> products) {
        return admin().contentType(ContentType.JSON).body(Map.of("producerId", producer, "productIds", products))
            .post("api/v1/admin/events/" + event + "/applications").then().log().ifValidationFails();
    }

    private io.restassured.response.ValidatableResponse accept(long application, String booth) {
        return admin().contentType(ContentType.JSON).body(Map.of("booth", booth, "note", "Gian góc"))
            .post("api/v1/admin/events/applications/" + application + "/accept").then().log().ifValidationFails();
    }

    @Test
    void anExpiredProductIsRefusedWithTheReason() {
        importOwnCertificates();
        long event = createEvent("Hội chợ " + TAG + " hết hạn", 10, "2026-12-10T17:00:00", true);
        String reason = apply(event, producerOf(HONEY), List.of(productOf(HONEY), productOf(OLD))).statusCode(400)
            .extract().jsonPath().getString("error");
        assertThat(reason).contains(OLD, "expired on 2026-11-20");
        // The valid product alone is taken.
        apply(event, producerOf(HONEY), List.of(productOf(HONEY))).statusCode(201);
    }

    @Test
    void aProducerShowsOnlyItsOwnProducts() {
        importOwnCertificates();
        long event = createEvent("Hội chợ " + TAG + " của mình", 10, "2026-12-10T17:00:00", true);
        String reason = apply(event, producerOf(TEA), List.of(productOf(HONEY))).statusCode(400).extract().jsonPath()
            .getString("error");
        assertThat(reason).contains("does not belong");
    }

    @Test
    void noMoreAreAcceptedThanThereAreBooths() {
        importOwnCertificates();
        long event = createEvent("Hội chợ " + TAG + " đầy", 1, "2026-12-10T17:00:00", true);
        long first = apply(event, producerOf(TEA), List.of(productOf(TEA))).statusCode(201).extract().jsonPath()
            .getLong("id");
        long second = apply(event, producerOf(RICE), List.of(productOf(RICE))).statusCode(201).extract().jsonPath()
            .getLong("id");
        accept(first, "A-01").statusCode(200);
        String reason = accept(second, "A-02").statusCode(400).extract().jsonPath().getString("error");
        assertThat(reason).contains("full", "1 booths");
        // The second is rejected with a note instead; the first is the only participant shown.
        admin().contentType(ContentType.JSON).body(Map.of("note", "Hết gian hàng"))
            .post("api/v1/admin/events/applications/" + second + "/reject").then().statusCode(200);
        JsonPath shown = get("api/v1/events/" + event);
        assertThat(shown.getList("participants.booth", String.class)).containsExactly("A-01");
        assertThat(shown.getList("participants[0].products.certificate", String.class)).containsExactly(TEA);
        JsonPath statuses = admin().get("api/v1/admin/events/" + event + "/applications").then().statusCode(200)
            .extract().jsonPath();
        assertThat(statuses.getList("status", String.class)).containsExactly("ACCEPTED", "REJECTED");
    }

    @Test
    void noApplicationAfterTheDeadline() {
        importOwnCertificates();
        long event = createEvent("Hội chợ " + TAG + " quá hạn", 10, "2026-11-24T17:00:00", true);
        String reason = apply(event, producerOf(TEA), List.of(productOf(TEA))).statusCode(400).extract().jsonPath()
            .getString("error");
        assertThat(reason).contains("deadline", "has passed");
    }

    @Test
    void anUnpublishedEventIsNotPublicAndTakesNoApplications() {
        importOwnCertificates();
        long event = createEvent("Hội chợ " + TAG + " nháp", 10, "2026-12-10T17:00:00", false);
        given().baseUri(base.toString()).get("api/v1/events/" + event).then().statusCode(404);
        apply(event, producerOf(TEA), List.of(productOf(TEA))).statusCode(400);
        assertThat(get("api/v1/events").getList("items.id", Long.class)).doesNotContain(event);
    }

    @Test
    void theCalendarFilesParseWithARealICalendarParser() throws Exception {
        importOwnCertificates();
        long event = createEvent("Hội chợ " + TAG + ", \"OCOP\"; lần 1", 10, "2026-12-10T17:00:00", true);
        String ics = given().baseUri(base.toString()).get("api/v1/events/" + event + ".ics").then().statusCode(200)
            .contentType("text/calendar").extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> vevents = calendar.getComponents("VEVENT");
        assertThat(vevents).hasSize(1);
        VEvent vevent = vevents.get(0);
        assertThat(vevent.getSummary().getValue()).isEqualTo("Hội chợ " + TAG + ", \"OCOP\"; lần 1");
        assertThat(vevent.getDescription().getValue()).isEqualTo("Hội chợ OCOP; gian hàng, ẩm thực\nvà văn hoá");
        // 08:00 in Asia/Ho_Chi_Minh (UTC+7) is 01:00 UTC.
        assertThat(vevent.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20261220T010000Z");
        assertThat(vevent.getProperty("DTSTAMP").orElseThrow().getValue()).endsWith("Z");
        assertThat(vevent.getProperty("UID").orElseThrow().getValue()).startsWith("event-" + event + "@");

        String feed = given().baseUri(base.toString()).get("api/v1/events/feed.ics").then().statusCode(200)
            .contentType("text/calendar").extract().asString();
        Calendar all = new CalendarBuilder().build(new StringReader(feed));
        assertThat(all.<VEvent>getComponents("VEVENT").stream().map(v -> v.getProperty("UID").orElseThrow().getValue()))
            .contains("event-" + event + "@" + base.getHost());
    }

    @Test
    void theListFiltersByProvinceAndMonth() {
        importOwnCertificates();
        long event = createEvent("Hội chợ " + TAG + " lọc", 10, "2026-12-10T17:00:00", true);
        assertThat(get("api/v1/events?province=Hung Yen&month=2026-12").getList("items.id", Long.class)).contains(event);
        // The venue (an embeddable shared with sales points) reads back from its columns.
        JsonPath one = get("api/v1/events/" + event);
        assertThat(one.getString("event.address")).isEqualTo("Quảng trường Nguyễn Văn Linh, TP Hưng Yên");
        assertThat(one.getDouble("event.latitude")).isEqualTo(20.6464);
        assertThat(one.getDouble("event.longitude")).isEqualTo(106.0511);
        // A position needs both coordinates.
        Map<String, Object> half = new HashMap<>(Map.of("name", "Hội chợ " + TAG + " nửa", "type", "FAIR", "organiser",
            "Sở Công Thương Hưng Yên", "startsAt", "2026-12-20T08:00:00", "endsAt", "2026-12-24T21:00:00",
            "province", "Hưng Yên", "booths", 10, "applicationsUntil", "2026-12-10T17:00:00", "latitude", 20.6));
        assertThat(admin().contentType(ContentType.JSON).body(half).post("api/v1/admin/events").then().statusCode(400)
            .extract().jsonPath().getString("error")).contains("both the latitude and the longitude");
        assertThat(get("api/v1/events?month=2027-01").getList("items.id", Long.class)).doesNotContain(event);
        assertThat(get("api/v1/events?past=true").getList("items.id", Long.class)).doesNotContain(event);
        given().baseUri(base.toString()).get("api/v1/events?month=december").then().statusCode(400);
    }
}
