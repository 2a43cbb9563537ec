package vn.ocop.portal.inquiry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.internet.MimeMessage;
import vn.ocop.portal.ApiTest;
import vn.ocop.portal.MailSink;
import vn.ocop.portal.PageSession;
import vn.ocop.portal.account.StaffAccounts;

/**
 * Buyer inquiries over HTTP: routing (a producer with an active account gets its inquiries, one without sends them to
 * the commerce department), who may read them (another producer gets 404, in the API and the pages), the reply mailed
 * to the buyer, and the retention run on the fixed clock (2026-11-25: only inquiries closed before 2025-11-25 are
 * erased; closing today keeps the data; running twice changes nothing). Each test imports its own products.
 */
class InquiriesIT extends ApiTest {

    private static MailSink mail;
    private static String commerce;

    @BeforeAll
    static void startMail() {
        mail = MailSink.start();
    }

    @AfterAll
    static void stopMail() {
        mail.close();
    }

    @BeforeEach
    void commerceAccount() throws Exception {
        if (commerce == null) {
            commerce = StaffAccounts.create(base.toString(), admin(), mail, "inq-commerce", "COMMERCE", null);
        }
    }

    /** Imports one certified product of a new producer; answers {productId, producerId}. */
    private long[] product(String tag) {
        String number = "INQ-" + tag;
        admin().contentType("text/csv; charset=UTF-8").body((LIST_HEADER + "\n" + number + ",Mật ong Kiểm thử " + tag
            + ",Thực phẩm,4,75,HTX Kiểm thử " + tag + ",Hợp tác xã,Hưng Yên,,,15/QĐ-UBND,01/09/2026,Tỉnh,"
            + "UBND tỉnh Hưng Yên,,\n").getBytes(StandardCharsets.UTF_8))
            .post("api/v1/admin/imports/certified-products").then().statusCode(200);
        String url = get("api/v1/certificates/" + number).getString("productUrl");
        long productId = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        long producerId = get("api/v1/products/" + productId).getLong("producer.id");
        return new long[] {productId, producerId};
    }

    private static String tag() {
        return Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    private String inquiryJson(String name, String email, String phone, String website) {
        return "{\"name\": \"" + name + "\", \"organisation\": \"Siêu thị Kiểm thử\""
            + (email == null ? "" : ", \"email\": \"" + email + "\"") + (phone == null ? "" : ", \"phone\": \"" + phone + "\"")
            + ", \"quantity\": 200, \"unit\": \"hộp\", \"deliveryProvince\": \"Hà Nội\", \"message\": \"Xin báo giá sỉ\""
            + (website == null ? "" : ", \"website\": \"" + website + "\"") + "}";
    }

    private JsonPath send(long productId, String json) {
        return given().baseUri(base.toString()).contentType(ContentType.JSON).body(json.getBytes(StandardCharsets.UTF_8))
            .post("api/v1/products/" + productId + "/inquiries").then().statusCode(201).extract().jsonPath();
    }

    private RequestSpecification as(String username) {
        return given().baseUri(base.toString()).auth().preemptive().basic(username, StaffAccounts.PASSWORD);
    }

    @Test
    void aProducerWithAnActiveAccountGetsItsInquiriesAndOneWithoutRoutesThemToCommerce() throws Exception {
        String tag = tag();
        long[] withAccount = product(tag + "A");
        long[] without = product(tag + "B");
        String producer = StaffAccounts.create(base.toString(), admin(), mail, "inq-producer", "PRODUCER", withAccount[1]);
        int commerceMails = mail.to(StaffAccounts.email(commerce)).size();

        JsonPath routed = send(withAccount[0], inquiryJson("Nguyễn Văn Mua", "mua-" + tag + "@it.ocop.localhost", null, null));
        assertThat(routed.getString("routedTo")).isEqualTo("PRODUCER");
        List<MimeMessage> toProducer = mail.await(StaffAccounts.email(producer), 2, Duration.ofSeconds(20));
        assertThat(MailSink.text(toProducer.get(toProducer.size() - 1))).contains("Mật ong Kiểm thử " + tag + "A")
            .contains("/producer/inquiry?id=" + routed.getLong("id")).doesNotContain("mua-" + tag);

        JsonPath toCommerce = send(without[0], inquiryJson("Trần Thị Hỏi", null, "0912 345 678", null));
        assertThat(toCommerce.getString("routedTo")).isEqualTo("COMMERCE");
        assertThat(mail.await(StaffAccounts.email(commerce), commerceMails + 1, Duration.ofSeconds(20))).hasSizeGreaterThan(commerceMails);
        assertThat(as(commerce).get("api/v1/admin/inquiries").then().statusCode(200).extract().jsonPath()
            .getList("id", Long.class)).contains(toCommerce.getLong("id")).doesNotContain(routed.getLong("id"));
        assertThat(as(commerce).get("api/v1/admin/inquiries/" + toCommerce.getLong("id")).then().statusCode(200)
            .extract().jsonPath().getString("phone")).isEqualTo("0912 345 678");
        as(commerce).get("api/v1/admin/inquiries/" + routed.getLong("id")).then().statusCode(404);
        assertThat(as(producer).get("api/v1/producer/inquiries").then().statusCode(200).extract().jsonPath()
            .getList("id", Long.class)).contains(routed.getLong("id")).doesNotContain(toCommerce.getLong("id"));
        JsonPath figures = as(commerce).get("api/v1/admin/inquiries/dashboard").then().statusCode(200).extract().jsonPath();
        assertThat(figures.getLong("total.inquiries")).isGreaterThanOrEqualTo(2);
        assertThat(figures.getList("perMonth")).hasSize(12);
        PageSession commercePages = new PageSession(base.toString()).signIn(commerce, StaffAccounts.PASSWORD);
        assertThat(commercePages.get("admin/inquiries").then().statusCode(200).extract().asString())
            .contains("data-inquiry=\"" + toCommerce.getLong("id") + "\"");
        assertThat(commercePages.get("admin/inquiry-dashboard").then().statusCode(200).extract().asString())
            .contains("id=\"perProvince\"");
        assertThat(commercePages.get("admin/inquiry?id=" + routed.getLong("id")).statusCode()).isEqualTo(404);
    }

    @Test
    void theProducerRepliesByMailAndAnotherProducerGets404() throws Exception {
        String tag = tag();
        long[] first = product(tag + "C");
        long[] second = product(tag + "D");
        String owner = StaffAccounts.create(base.toString(), admin(), mail, "inq-owner", "PRODUCER", first[1]);
        String other = StaffAccounts.create(base.toString(), admin(), mail, "inq-other", "PRODUCER", second[1]);
        String buyer = "buyer-" + tag.toLowerCase() + "@it.ocop.localhost";
        long id = send(first[0], inquiryJson("Lê Đại Lý", buyer, "0900000000", null)).getLong("id");

        as(other).get("api/v1/producer/inquiries/" + id).then().statusCode(404);
        as(other).contentType(ContentType.JSON).body("{\"text\": \"x\"}").post("api/v1/producer/inquiries/" + id + "/replies")
            .then().statusCode(404);
        as(other).post("api/v1/producer/inquiries/" + id + "/closure").then().statusCode(404);
        assertThat(as(other).get("api/v1/producer/inquiries").then().statusCode(200).extract().jsonPath()
            .getList("id", Long.class)).doesNotContain(id);
        PageSession otherPages = new PageSession(base.toString()).signIn(other, StaffAccounts.PASSWORD);
        assertThat(otherPages.get("producer/inquiry?id=" + id).statusCode()).isEqualTo(404);
        PageSession ownerPages = new PageSession(base.toString()).signIn(owner, StaffAccounts.PASSWORD);
        assertThat(ownerPages.get("producer/inquiry?id=" + id).then().statusCode(200).extract().asString()).contains(buyer);
        assertThat(ownerPages.get("producer/inquiries").then().statusCode(200).extract().asString())
            .contains("data-inquiry=\"" + id + "\"");

        JsonPath read = as(owner).get("api/v1/producer/inquiries/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(read.getString("email")).isEqualTo(buyer);
        JsonPath replied = as(owner).contentType(ContentType.JSON)
            .body("{\"text\": \"Giá sỉ 95.000 đ/hộp, giao trong 5 ngày.\"}".getBytes(StandardCharsets.UTF_8))
            .post("api/v1/producer/inquiries/" + id + "/replies").then().statusCode(200).extract().jsonPath();
        assertThat(replied.getString("status")).isEqualTo("REPLIED");
        assertThat(replied.getList("messages.direction")).containsExactly("FROM_BUYER", "TO_BUYER");
        List<MimeMessage> toBuyer = mail.await(buyer, 1, Duration.ofSeconds(20));
        assertThat(MailSink.text(toBuyer.get(0))).contains("Giá sỉ 95.000 đ/hộp");
    }

    @Test
    void badInquiriesAreRefusedWithAReason() {
        long productId = product(tag() + "E")[0];
        String noContact = given().baseUri(base.toString()).contentType(ContentType.JSON)
            .body(inquiryJson("Khách", null, null, null).getBytes(StandardCharsets.UTF_8))
            .post("api/v1/products/" + productId + "/inquiries").then().statusCode(400).extract().path("error");
        assertThat(noContact).contains("reachable");
        given().baseUri(base.toString()).contentType(ContentType.JSON)
            .body(inquiryJson("Robot", "r@it.ocop.localhost", null, "http://spam").getBytes(StandardCharsets.UTF_8))
            .post("api/v1/products/" + productId + "/inquiries").then().statusCode(400);
        given().baseUri(base.toString()).contentType(ContentType.JSON)
            .body(inquiryJson("x".repeat(500), "r@it.ocop.localhost", null, null).getBytes(StandardCharsets.UTF_8))
            .post("api/v1/products/" + productId + "/inquiries").then().statusCode(400);
        given().baseUri(base.toString()).contentType(ContentType.JSON)
            .body(inquiryJson("Khách", "k@it.ocop.localhost", null, null).getBytes(StandardCharsets.UTF_8))
            .post("api/v1/products/987654321/inquiries").then().statusCode(404);
    }

    @Test
    void theRetentionRunKeepsInquiriesClosedWithinTwelveMonthsAndIsIdempotent() throws Exception {
        String tag = tag();
        long[] product = product(tag + "F");
        String owner = StaffAccounts.create(base.toString(), admin(), mail, "inq-keeper", "PRODUCER", product[1]);
        long id = send(product[0], inquiryJson("Phạm Giữ Lại", "keep-" + tag.toLowerCase() + "@it.ocop.localhost", null, null))
            .getLong("id");
        assertThat(as(owner).post("api/v1/producer/inquiries/" + id + "/closure").then().statusCode(200).extract()
            .jsonPath().getString("status")).isEqualTo("CLOSED");

        JsonPath run = admin().post("api/v1/admin/inquiries/retention/run").then().statusCode(200).extract().jsonPath();
        assertThat(run.getString("cutoff")).isEqualTo("2025-11-25");
        assertThat(admin().post("api/v1/admin/inquiries/retention/run").then().statusCode(200).extract().jsonPath()
            .getInt("erased")).as("a second run finds nothing more").isZero();
        JsonPath kept = as(owner).get("api/v1/producer/inquiries/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(kept.getBoolean("erased")).isFalse();
        assertThat(kept.getString("buyerName")).isEqualTo("Phạm Giữ Lại");
        as(commerce).post("api/v1/admin/inquiries/retention/run").then().statusCode(403);
    }
}
