package vn.ocop.portal.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static vn.ocop.portal.Eventually.within;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.ocop.portal.ApiTest;

/**
 * Search through the HTTP API of a deployed portal, answered from its Lucene index, and the change log that keeps
 * the index following the database.
 */
class SearchApiIT extends ApiTest {

    @Test
    void wordsTypedWithoutDiacriticsFindTheProductFirst() {
        assertThat(get("api/v1/products?q=mat ong bac ha").getString("items[0].name")).startsWith("Mật ong bạc hà");
        assertThat(get("api/v1/products?q=che shan tuyet").getString("items[0].name")).startsWith("Chè Shan tuyết");
        assertThat(get("api/v1/products?q=nuoc cot chanh leo&status=any").getString("items[0].name")).startsWith("Nước cốt chanh leo");
        assertThat(get("api/v1/products?q=ruou nep cam mui ne&status=any").getString("items[0].name"))
            .isEqualTo("Rượu nếp cẩm Mũi Né");
    }

    @Test
    void aTypoInALongWordIsForgivenAndResultsAreHighlighted() {
        // "tuyeet" is long enough for one edit to be forgiven; short syllables are not
        JsonPath found = get("api/v1/products?q=che shan tuyeet phu lai&status=any");
        assertThat(found.getString("items[0].name")).isEqualTo("Chè Shan tuyết Phú Lai");
        assertThat(found.getString("items[0].nameHtml"))
            .isEqualTo("<mark>Chè</mark> <mark>Shan</mark> <mark>tuyết</mark> <mark>Phú</mark> <mark>Lai</mark>");
    }

    @Test
    void facetsCountEveryDimensionAndASelectedOneKeepsItsSiblings() {
        JsonPath all = get("api/v1/products?q=ruou&status=any&size=1");
        Map<String, Map<String, Integer>> facets = all.getMap("facets");
        assertThat(facets).containsKeys("stars", "group", "province", "producerType", "status");
        int total = all.getInt("total");
        assertThat(facets.get("stars").values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
        Integer fourStars = facets.get("stars").get("4");
        assertThat(fourStars).isPositive();

        JsonPath selected = get("api/v1/products?q=ruou&status=any&stars=4&size=100");
        assertThat(selected.getInt("total")).isEqualTo(fourStars);
        assertThat(selected.getList("items.stars", Integer.class)).containsOnly(4);
        assertThat(selected.getMap("facets.stars")).isEqualTo(facets.get("stars"));
        assertThat(selected.getMap("facets.group").values().stream().mapToInt(v -> (Integer) v).sum()).isEqualTo(fourStars);
    }

    @Test
    void filtersByProducerTypeAndProvinceTypedWithoutDiacritics() {
        JsonPath cooperatives = get("api/v1/products?producerType=cooperative&province=hoa binh&status=any&size=100");
        assertThat(cooperatives.getInt("total")).isPositive();
        assertThat(cooperatives.getList("items.producer.type", String.class)).containsOnly("cooperative");
        assertThat(cooperatives.getList("items.province", String.class)).containsOnly("Hòa Bình");
    }

    @Test
    void aCertificateNumberFindsItsProduct() {
        JsonPath found = get("api/v1/products?q=ocop-hoab-2024-0202&status=any");
        assertThat(found.getString("items[0].certificateNumber")).isEqualTo("OCOP-HOAB-2024-0202");
    }

    @Test
    void nothingFoundOffersACorrection() {
        // "leoo" is too short to be forgiven as a typo: no product has both words
        JsonPath found = get("api/v1/products?q=chanh leoo&status=any");
        assertThat(found.getString("didYouMean")).isEqualTo("chanh leo");
        assertThat(found.getBoolean("partialMatch")).as("the items have all words but one").isTrue();
    }

    @Test
    void suggestionsComeAfterTwoLettersTenAtMost() {
        JsonPath suggestions = get("api/v1/suggest?q=mat");
        List<Map<String, String>> items = suggestions.getList("suggestions");
        assertThat(items).hasSizeBetween(1, 10);
        assertThat(items.get(0).get("label")).startsWith("Mật");
        assertThat(items.get(0).get("kind")).isEqualTo("product");
        assertThat(items.get(0).get("url")).matches("/product/\\d+");
        assertThat(get("api/v1/suggest?q=r").getList("suggestions")).isEmpty();
        assertThat(get("api/v1/suggest").getList("suggestions")).isEmpty();
        // PrimeFaces' autoComplete sends "query"
        assertThat(get("api/v1/suggest?query=hoa bin").getList("suggestions.label", String.class)).contains("Hòa Bình");
        assertThat(get("api/v1/suggest?query=hoa bin").getList("suggestions", Map.class))
            .anySatisfy(s -> assertThat(s).containsEntry("kind", "place").containsEntry("url", "/catalogue?province=H%C3%B2a+B%C3%ACnh"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"((", "\"", "AND", "*", "?x", "[1 TO", "'; DROP TABLE product; --", "<script>alert(1)</script>",
        "OR NOT ~2 ^3 \\", "%"})
    void hostileQueriesAreSearchedAsText(String query) {
        given().baseUri(base.toString()).queryParam("q", query).when().get("api/v1/products")
            .then().statusCode(200).contentType(ContentType.JSON).body("$", hasKey("total"));
        given().baseUri(base.toString()).queryParam("q", query).when().get("api/v1/suggest")
            .then().statusCode(200).contentType(ContentType.JSON);
        String page = given().baseUri(base.toString()).queryParam("q", query).when().get("catalogue")
            .then().statusCode(200).extract().asString();
        assertThat(page).doesNotContain(".java:").doesNotContain("at vn.ocop").doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void aVeryLongQueryIsSearchedAsText() {
        String longQuery = "mật ong ".repeat(250);
        given().baseUri(base.toString()).queryParam("q", longQuery).when().get("api/v1/products")
            .then().statusCode(200).body("$", hasKey("items"));
    }

    @Test
    void anImportIsSearchableSecondsAfterItCommitsAndARefusedFileLeavesNoTrace() throws Exception {
        long before = settledPosition();

        admin().contentType("text/csv").body("PDF-1.4 not a list at all \u0000\u0001").post("api/v1/admin/imports/certified-products")
            .then().statusCode(400);
        Thread.sleep(2 * 1000);
        assertThat(admin().get("api/v1/admin/search").then().extract().jsonPath().getLong("position")).isEqualTo(before);

        // A new certificate each run: the integration tests' database outlives a run.
        String certificate = "SEARCH-IT-" + System.currentTimeMillis();
        String csv = LIST_HEADER + "\n" + certificate + ",Mứt gừng Xuân Thủy Quỳnh Lưu,Thực phẩm,4,78,Hợp tác xã Gừng Quỳnh Lưu,"
            + "Hợp tác xã,Nghệ An,Quỳnh Lưu,Quỳnh Thạch,77/QĐ-UBND,01/10/2026,Tỉnh,UBND tỉnh Nghệ An,65000,Mứt gừng dẻo\n";
        admin().contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
            .post("api/v1/admin/imports/certified-products").then().statusCode(200).body("imported", equalTo(1));
        List<String> found = within(Duration.ofSeconds(5),
            () -> get("api/v1/products?q=" + certificate).getList("items.certificateNumber", String.class),
            numbers -> numbers.contains(certificate));
        assertThat(found).as("the imported certificate, searchable within 5 s").contains(certificate);
        assertThat(get("api/v1/products?q=mut gung xuan thuy quynh luu").getString("items[0].name"))
            .isEqualTo("Mứt gừng Xuân Thủy Quỳnh Lưu");
        assertThat(admin().get("api/v1/admin/search").then().extract().jsonPath().getLong("position")).isGreaterThan(before);
    }

    /** The index's change-log position once the follower has caught up (a rebuild may have moved it back). */
    private long settledPosition() throws InterruptedException {
        long previous = -1;
        long position = admin().get("api/v1/admin/search").then().statusCode(200).extract().jsonPath().getLong("position");
        while (position != previous) {
            Thread.sleep(1_500);
            previous = position;
            position = admin().get("api/v1/admin/search").then().extract().jsonPath().getLong("position");
        }
        return position;
    }

    @Test
    void anAdminRebuildsTheIndexWhileSearchesGoOn() throws InterruptedException {
        given().baseUri(base.toString()).post("api/v1/admin/search/rebuild").then().statusCode(401);
        given().baseUri(base.toString()).auth().preemptive().basic(ADMIN, "wrong").post("api/v1/admin/search/rebuild")
            .then().statusCode(401);
        int total = get("api/v1/products?status=any&size=1").getInt("total");

        admin().post("api/v1/admin/search/rebuild").then().statusCode(202).body("$", hasKey("state"));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonPath state;
        do {
            assertThat(get("api/v1/products?status=any&size=1").getInt("total")).isEqualTo(total);
            Thread.sleep(100);
            state = admin().get("api/v1/admin/search").then().statusCode(200).extract().jsonPath();
        } while (!"DONE".equals(state.getString("rebuild.state")) && System.nanoTime() < deadline);

        assertThat(state.getString("rebuild.state")).isEqualTo("DONE");
        assertThat(state.getInt("rebuild.percent")).isEqualTo(100);
        assertThat(state.getInt("products")).isEqualTo(total);
    }
}
