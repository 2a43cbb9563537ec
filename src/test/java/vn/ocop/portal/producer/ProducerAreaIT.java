package vn.ocop.portal.producer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.ocop.portal.Eventually.within;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.ocop.portal.ApiTest;
import vn.ocop.portal.MailSink;
import vn.ocop.portal.PageSession;
import vn.ocop.portal.account.StaffAccounts;

/**
 * The producer area over the API and its pages: a producer reads and changes only its own listings; another
 * producer's product ids answer 404 on every path, never its data. Each test imports two producers of its own.
 */
class ProducerAreaIT extends ApiTest {

    private static MailSink mail;
    private String tag;
    private long productA;
    private long productB;
    private String accountA;
    private String accountB;

    @BeforeAll
    static void startMail() {
        mail = MailSink.start();
    }

    @AfterAll
    static void stopMail() {
        mail.close();
    }

    private String row(String letter) {
        return String.join(",", "PA-" + tag + "-" + letter, "Mật ong " + letter + " " + tag, "Thực phẩm", "4", "75",
            "Hợp tác xã Khu vực " + letter + " " + tag, "Hợp tác xã", "Hưng Yên", "Khoái Châu", "Bình Minh", "56/QĐ-UBND",
            "15/03/2025", "Huyện", "UBND huyện Khoái Châu", "150000", "Mô tả ban đầu");
    }

    private long productOf(String letter) {
        String url = given().baseUri(base.toString()).get("api/v1/certificates/PA-" + tag + "-" + letter).then()
            .statusCode(200).extract().path("productUrl");
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private long producerOf(long product) {
        return ((Number) get("api/v1/products/" + product).get("producer.id")).longValue();
    }

    @BeforeEach
    void twoProducers() throws Exception {
        tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        admin().contentType("text/csv").body((LIST_HEADER + "\n" + row("A") + "\n" + row("B") + "\n")
            .getBytes(StandardCharsets.UTF_8)).post("api/v1/admin/imports/certified-products").then().statusCode(200);
        productA = productOf("A");
        productB = productOf("B");
        accountA = StaffAccounts.create(base.toString(), admin(), mail, "prod-a", "PRODUCER", producerOf(productA));
        accountB = StaffAccounts.create(base.toString(), admin(), mail, "prod-b", "PRODUCER", producerOf(productB));
    }

    private RequestSpecification as(String username) {
        return given().baseUri(base.toString()).auth().preemptive().basic(username, StaffAccounts.PASSWORD)
            .contentType(ContentType.JSON);
    }

    private String body(int version, String description, long price, String shop) {
        return "{\"version\": " + version + ", \"description\": \"" + description + "\", \"priceVnd\": " + price
            + ", \"priceUnit\": \"hũ 500 g\", \"shops\": [\"" + shop + "\"], \"orderPhone\": \"0912 345 678\","
            + " \"name\": \"Renamed by the producer\", \"stars\": 5}";
    }

    @Test
    void aProducerChangesItsOwnListingAndThePublicPageShowsItAtOnce() {
        as(accountA).get("api/v1/producer/products").then().statusCode(200)
            .body("id", hasItem((int) productA)).body("id", not(hasItem((int) productB)));
        int version = as(accountA).get("api/v1/producer/products/" + productA).then().statusCode(200)
            .body("name", equalTo("Mật ong A " + tag)).body("stars", equalTo(4)).body("certificate", equalTo("PA-" + tag + "-A"))
            .extract().path("version");

        String description = "Mật ong rừng nguyên chất " + tag;
        as(accountA).body(body(version, description, 185000, "https://shop.example.vn/mat-ong")).put("api/v1/producer/products/" + productA)
            .then().statusCode(200).body("description", equalTo(description)).body("priceVnd", equalTo(185000))
            .body("name", equalTo("Mật ong A " + tag)).body("stars", equalTo(4));

        String page = given().baseUri(base.toString()).get("product/" + productA).then().statusCode(200).extract().asString();
        assertThat(page).contains(description).contains("185.000").contains("hũ 500 g")
            .contains("https://shop.example.vn/mat-ong").contains("0912 345 678").contains("Mật ong A " + tag);
        List<String> actions = admin().get("api/v1/admin/audit?subject=product " + productA).then().statusCode(200)
            .extract().jsonPath().getList("action", String.class);
        assertThat(actions).contains("listing.update");

        as(accountA).body(body(version, "stale", 1, "https://x.example.vn")).put("api/v1/producer/products/" + productA)
            .then().statusCode(409);
        as(accountA).body(body(version + 1, "plain http", 1, "http://shop.example.vn")).put("api/v1/producer/products/" + productA)
            .then().statusCode(400).body("error", containsString("https"));
    }

    @Test
    void anotherProducersIdsAnswer404OnEveryPathAndPage() {
        int version = as(accountA).get("api/v1/producer/products/" + productA).then().statusCode(200).extract().path("version");
        as(accountB).get("api/v1/producer/products/" + productA).then().statusCode(404)
            .body(not(containsString("Mật ong A")));
        as(accountB).body(body(version, "taken over", 1, "https://evil.example.vn")).put("api/v1/producer/products/" + productA)
            .then().statusCode(404);
        as(accountB).get("api/v1/producer/products/987654321").then().statusCode(404);
        as(accountA).get("api/v1/producer/products/" + productA).then().statusCode(200)
            .body("description", equalTo("Mô tả ban đầu"));

    }

    @Test
    void anotherProducersIdsAnswer404OnThePages() {
        PageSession pagesB = new PageSession(base.toString()).signIn(accountB, StaffAccounts.PASSWORD);
        RequestSpecification sessionB = given().baseUri(base.toString()).cookie("OCOP_SESSION", pagesB.cookie("OCOP_SESSION"));
        String other = sessionB.get("producer/product?id=" + productA).then().statusCode(404).extract().asString();
        assertThat(other).doesNotContain("Mật ong A " + tag);
        given().baseUri(base.toString()).cookie("OCOP_SESSION", pagesB.cookie("OCOP_SESSION"))
            .get("producer/product?id=abc").then().statusCode(404);
        String own = pagesB.get("producer/product?id=" + productB).then().statusCode(200).extract().asString();
        assertThat(own).contains("Mật ong B " + tag).contains("id=\"listing\"");
        // OmniFaces' FacesViews sends /producer/ on to /producer/index, as it does /admin/.
        assertThat(pagesB.get("producer/").getHeader("Location")).endsWith("/producer/index");
        String dashboard = pagesB.get("producer/index").then().statusCode(200).extract().asString();
        assertThat(dashboard).contains("Mật ong B " + tag).doesNotContain("Mật ong A " + tag).contains("PA-" + tag + "-B");

        // B's own form saves B's listing, and A's stays as it was.
        pagesB.submit("producer/product?id=" + productB, "listing", Map.of("description", "Của B " + tag, "price", "99000"), "save")
            .then().statusCode(org.hamcrest.Matchers.either(equalTo(302)).or(equalTo(303)));
        as(accountB).get("api/v1/producer/products/" + productB).then().body("description", equalTo("Của B " + tag))
            .body("priceVnd", equalTo(99000));
        as(accountA).get("api/v1/producer/products/" + productA).then().body("description", equalTo("Mô tả ban đầu"));
    }

    @Test
    void theAreaIsForProducersOnly() {
        given().baseUri(base.toString()).get("api/v1/producer/products").then().statusCode(401);
        admin().get("api/v1/producer/products").then().statusCode(403);
        given().baseUri(base.toString()).redirects().follow(false).get("producer/").then().statusCode(not(equalTo(200)));
        given().baseUri(base.toString()).get("producers/" + producerOf(productA)).then().statusCode(200)
            .body(containsString("Hợp tác xã Khu vực A " + tag));
    }

    private String profileJson(int version, String story, String latitude, String longitude, String website, String link) {
        return "{\"version\": " + version + ", \"story\": \"" + story + "\", \"address\": \"Thôn Đông, xã Bình Minh\","
            + " \"latitude\": " + latitude + ", \"longitude\": " + longitude + ", \"phone\": \"0221 3456 789\","
            + " \"email\": \"htx@example.vn\", \"website\": \"" + website + "\", \"links\": [\"" + link + "\"],"
            + " \"name\": \"Renamed by the producer\", \"province\": \"Hà Nội\"}";
    }

    @Test
    void aProducerChangesItsOwnProfileOverTheApiWithWordedRefusals() {
        long producer = producerOf(productA);
        int version = as(accountA).get("api/v1/producer/profile").then().statusCode(200)
            .body("id", equalTo((int) producer)).body("name", equalTo("Hợp tác xã Khu vực A " + tag))
            .body("province", equalTo("Hưng Yên")).extract().path("version");
        as(accountB).get("api/v1/producer/profile").then().statusCode(200)
            .body("name", equalTo("Hợp tác xã Khu vực B " + tag));

        String story = "Nuôi ong dưới tán nhãn Khoái Châu " + tag;
        as(accountA).body(profileJson(version, story, "20.83", "105.97", "https://htx.example.vn", "https://zalo.example.vn/htx"))
            .put("api/v1/producer/profile").then().statusCode(200).body("story", equalTo(story))
            .body("latitude", equalTo(20.83f)).body("links[0]", equalTo("https://zalo.example.vn/htx"))
            .body("name", equalTo("Hợp tác xã Khu vực A " + tag)).body("province", equalTo("Hưng Yên"));
        String page = given().baseUri(base.toString()).get("producers/" + producer).then().statusCode(200).extract().asString();
        assertThat(page).contains(story).contains("20.83").contains("105.97").contains("https://zalo.example.vn/htx")
            .contains("Hợp tác xã Khu vực A " + tag);
        assertThat(given().baseUri(base.toString()).get("producers/" + producerOf(productB)).then().statusCode(200)
            .extract().asString()).doesNotContain(story);
        List<String> actions = admin().get("api/v1/admin/audit?subject=producer " + producer).then().statusCode(200)
            .extract().jsonPath().getList("action", String.class);
        assertThat(actions).contains("producer.profile.update");

        as(accountA).body(profileJson(version, "stale", "20.83", "105.97", "https://htx.example.vn", "https://a.example.vn"))
            .put("api/v1/producer/profile").then().statusCode(409);
        as(accountA).body(profileJson(version + 1, "x", "91", "105.97", "https://htx.example.vn", "https://a.example.vn"))
            .put("api/v1/producer/profile").then().statusCode(400).body("error", containsString("latitude"));
        as(accountA).body(profileJson(version + 1, "x", "20.8", "181", "https://htx.example.vn", "https://a.example.vn"))
            .put("api/v1/producer/profile").then().statusCode(400).body("error", containsString("longitude"));
        as(accountA).body(profileJson(version + 1, "x", "20.8", "null", "https://htx.example.vn", "https://a.example.vn"))
            .put("api/v1/producer/profile").then().statusCode(400).body("error", containsString("both"));
        as(accountA).body(profileJson(version + 1, "x", "20.8", "105.9", "http://htx.example.vn", "https://a.example.vn"))
            .put("api/v1/producer/profile").then().statusCode(400).body("error", containsString("website"))
            .body("error", containsString("https"));
        as(accountA).body(profileJson(version + 1, "x", "20.8", "105.9", "https://htx.example.vn", "javascript:alert(1)"))
            .put("api/v1/producer/profile").then().statusCode(400).body("error", containsString("links"));
        as(accountA).body("{\"version\": \"many\"}").put("api/v1/producer/profile").then().statusCode(400);
        as(accountA).body("").put("api/v1/producer/profile").then().statusCode(400);
        as(accountA).get("api/v1/producer/profile").then().statusCode(200).body("story", equalTo(story));
        given().baseUri(base.toString()).get("api/v1/producer/profile").then().statusCode(401);
        admin().get("api/v1/producer/profile").then().statusCode(403);
    }

    private String requestJson(long producer, String email, String website) {
        return "{\"producerId\": " + producer + ", \"registrationNumber\": \"0901234567\", \"contactPerson\": \"Nguyễn Thị Lan\","
            + " \"phone\": \"0912 345 678\", \"email\": \"" + email + "\"" + (website == null ? "" : ", \"website\": \"" + website + "\"") + "}";
    }

    @Test
    void aRequestedAccountIsApprovedWithAMailedLinkThatSetsThePasswordAndSignsIn() throws Exception {
        String username = StaffAccounts.unique("requested");
        String email = StaffAccounts.email(username);
        long producer = producerOf(productA);
        int id = given().baseUri(base.toString()).contentType(ContentType.JSON).body(requestJson(producer, email, null))
            .post("api/v1/account-requests").then().statusCode(202).body("state", equalTo("PENDING")).extract().path("id");
        // Every refusal is JSON with a reason, never the HTML error page (the defect of a method-level @PermitAll).
        given().baseUri(base.toString()).contentType(ContentType.JSON).body(requestJson(producer, email, "http://spam"))
            .post("api/v1/account-requests").then().statusCode(400).contentType(ContentType.JSON)
            .body("error", containsString("not accepted"));
        given().baseUri(base.toString()).contentType(ContentType.JSON).body(requestJson(producer, "not an address", null))
            .post("api/v1/account-requests").then().statusCode(400).contentType(ContentType.JSON)
            .body("error", containsString("email"));
        given().baseUri(base.toString()).contentType(ContentType.JSON).body(requestJson(987654321L, email, null))
            .post("api/v1/account-requests").then().statusCode(400).contentType(ContentType.JSON)
            .body("error", containsString("no such producer"));
        given().baseUri(base.toString()).contentType(ContentType.JSON).body("not json")
            .post("api/v1/account-requests").then().statusCode(400).contentType(ContentType.JSON);
        given().baseUri(base.toString()).contentType(ContentType.JSON).body("{}")
            .post("api/v1/account-requests").then().statusCode(400).contentType(ContentType.JSON)
            .body("error", containsString("producerId"));
        given().baseUri(base.toString()).get("api/v1/admin/account-requests").then().statusCode(401);
        // The request page linked from a producer's page comes with the producer chosen.
        assertThat(given().baseUri(base.toString()).get("account/request?producer=" + producer).then().statusCode(200)
            .extract().asString()).containsPattern("<input[^>]*request:producer_input[^>]*Khu v[^\"]*" + tag);

        admin().get("api/v1/admin/account-requests").then().statusCode(200).body("id", hasItem(id));
        admin().contentType(ContentType.JSON).body("{\"username\": \"" + username + "\"}")
            .post("api/v1/admin/account-requests/" + id + "/approval").then().statusCode(201)
            .body("username", equalTo(username)).body("role", equalTo("PRODUCER"));
        admin().contentType(ContentType.JSON).body("{\"username\": \"again-" + username + "\"}")
            .post("api/v1/admin/account-requests/" + id + "/approval").then().statusCode(400);

        StaffAccounts.setPassword(base.toString(), StaffAccounts.tokenFromMail(mail, username, 1), StaffAccounts.PASSWORD);
        as(username).get("api/v1/producer/products").then().statusCode(200).body("id", hasItem((int) productA));

        String rejected = StaffAccounts.unique("rejected");
        int other = given().baseUri(base.toString()).contentType(ContentType.JSON)
            .body(requestJson(producer, StaffAccounts.email(rejected), null)).post("api/v1/account-requests").then()
            .statusCode(202).extract().path("id");
        admin().contentType(ContentType.JSON).body("{\"reason\": \"Số đăng ký kinh doanh không khớp\"}")
            .post("api/v1/admin/account-requests/" + other + "/rejection").then().statusCode(204);
        String text = MailSink.text(mail.await(StaffAccounts.email(rejected), 1, java.time.Duration.ofSeconds(20)).get(0));
        assertThat(text).contains("Số đăng ký kinh doanh không khớp");
        admin().get("api/v1/admin/account-requests").then().body("id", not(hasItem(other))).body("id", not(hasItem(id)));
        List<String> decisions = admin().get("api/v1/admin/audit?subject=account request " + other).then().statusCode(200)
            .extract().jsonPath().getList("action", String.class);
        assertThat(decisions).contains("account.request.reject");

        // Past the hourly limit per address (20 in the tests): 429 with a reason.
        int status = 202;
        for (int i = 0; i < 25 && status == 202; i++) {
            status = given().baseUri(base.toString()).contentType(ContentType.JSON)
                .body(requestJson(producer, StaffAccounts.email(StaffAccounts.unique("flood")), null))
                .post("api/v1/account-requests").then().extract().statusCode();
        }
        assertThat(status).isEqualTo(429);
        given().baseUri(base.toString()).contentType(ContentType.JSON).body(requestJson(producer, email, null))
            .post("api/v1/account-requests").then().statusCode(429).contentType(ContentType.JSON)
            .body("error", containsString("minutes"));
    }

    @Test
    void theOfficeHidesAListingWithAReasonTheProducerSees() throws Exception {
        long producer = producerOf(productA);
        assertThat(searchIds("Mật ong A " + tag)).contains(productA);
        admin().contentType(ContentType.JSON).body("{\"reason\": \"Ảnh không đúng sản phẩm\"}")
            .put("api/v1/admin/products/" + productA + "/hiding").then().statusCode(204);
        given().baseUri(base.toString()).get("product/" + productA).then().statusCode(404);
        given().baseUri(base.toString()).get("api/v1/products/" + productA).then().statusCode(404);
        as(accountA).get("api/v1/producer/products/" + productA).then().statusCode(200)
            .body("hiddenReason", equalTo("Ảnh không đúng sản phẩm"));
        as(accountA).contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
            .put("api/v1/admin/products/" + productA + "/hiding").then().statusCode(403);
        admin().contentType(ContentType.JSON).body("{\"reason\": \"  \"}")
            .put("api/v1/admin/products/" + productA + "/hiding").then().statusCode(400).contentType(ContentType.JSON);

        // Out of the search results (every status), the type-ahead, the catalogue page and the producer's public page.
        assertThat(within(Duration.ofSeconds(20), () -> searchIds("Mật ong A " + tag), ids -> !ids.contains(productA)))
            .doesNotContain(productA).contains(productB);
        assertThat(given().baseUri(base.toString()).queryParam("q", "Mật ong A " + tag).get("api/v1/suggest").then()
            .statusCode(200).extract().jsonPath().getList("label", String.class)).doesNotContain("Mật ong A " + tag);
        assertThat(given().baseUri(base.toString()).queryParam("q", "mat ong " + tag).queryParam("status", "any")
            .get("catalogue").then().statusCode(200).extract().asString())
            .doesNotContain("/product/" + productA + "\"").contains("/product/" + productB + "\"");
        assertThat(get("api/v1/producers/" + producer).getList("products.id", Long.class)).doesNotContain(productA);
        List<String> actions = admin().get("api/v1/admin/audit?subject=product " + productA).then().statusCode(200)
            .extract().jsonPath().getList("action", String.class);
        assertThat(actions).contains("listing.hide");

        admin().delete("api/v1/admin/products/" + productA + "/hiding").then().statusCode(204);
        given().baseUri(base.toString()).get("product/" + productA).then().statusCode(200);
        given().baseUri(base.toString()).get("api/v1/products/" + productA).then().statusCode(200);
        assertThat(within(Duration.ofSeconds(20), () -> searchIds("Mật ong A " + tag), ids -> ids.contains(productA)))
            .contains(productA);
        assertThat(get("api/v1/producers/" + producer).getList("products.id", Long.class)).contains(productA);
        assertThat(admin().get("api/v1/admin/audit?subject=product " + productA).then().extract().jsonPath()
            .getList("action", String.class)).contains("listing.show");
    }

    /** The ids the catalogue API finds for these words, whatever the certificates' status. */
    private List<Long> searchIds(String words) {
        return given().baseUri(base.toString()).queryParam("q", words).queryParam("status", "any").queryParam("size", 100)
            .get("api/v1/products").then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }
}
