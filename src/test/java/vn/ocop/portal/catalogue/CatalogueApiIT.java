package vn.ocop.portal.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.ocop.portal.ApiTest;

/**
 * The public JSON API against a deployed portal with its demo data (the shared sample list and three re-evaluations),
 * on the day the build pins with OCOP_TODAY (2026-11-25).
 */
class CatalogueApiIT extends ApiTest {

    @Test
    void readinessAnswersOnceTheDatabaseIsMigrated() {
        URL root = base;
        given().baseUri("http://" + root.getHost() + ":" + root.getPort()).when().get("/health/ready")
            .then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void listsValidProductsByDefaultWithEveryFieldOfAnItem() {
        JsonPath page = get("api/v1/products?size=5");
        assertThat(page.getInt("total")).isPositive();
        assertThat(page.getInt("page")).isZero();
        assertThat(page.getInt("size")).isEqualTo(5);
        List<Map<String, Object>> items = page.getList("items");
        assertThat(items).hasSize(5);
        assertThat(items.get(0)).containsKeys("id", "url", "name", "stars", "group", "groupLabel", "province", "district",
            "commune", "producer", "certificateNumber", "decisionNumber", "decisionDate", "issuingLevel",
            "issuingAuthority", "expiresOn", "status");
        assertThat(page.getList("items.status", String.class)).allMatch(s -> s.equals("VALID") || s.equals("EXPIRING"));
        assertThat(page.getList("items.expiresOn", String.class)).allMatch(d -> d.compareTo("2026-11-25") > 0);
        assertThat(page.getMap("items[0].producer")).containsKeys("id", "name", "type");
    }

    @Test
    void statusFiltersSplitTheCatalogue() {
        int valid = get("api/v1/products?size=1").getInt("total");
        int expiring = get("api/v1/products?size=1&status=expiring").getInt("total");
        int expired = get("api/v1/products?size=1&status=expired").getInt("total");
        int any = get("api/v1/products?size=1&status=any").getInt("total");
        assertThat(expired).isPositive();
        assertThat(valid).isGreaterThanOrEqualTo(expiring).isPositive();
        // Suspended and revoked certificates (other tests revoke some) are neither valid nor expired, but are "any".
        JsonPath statuses = get("api/v1/products?size=1&status=any");
        assertThat(valid + expired + statuses.getInt("facets.status.suspended") + statuses.getInt("facets.status.revoked"))
            .isEqualTo(any);
        JsonPath expiredPage = get("api/v1/products?size=100&status=expired");
        assertThat(expiredPage.getList("items.status", String.class)).containsOnly("EXPIRED");
        JsonPath expiringPage = get("api/v1/products?size=100&status=expiring");
        assertThat(expiringPage.getList("items.expiresOn", String.class))
            .allMatch(d -> d.compareTo("2026-11-25") > 0 && d.compareTo("2027-02-23") <= 0);
    }

    @Test
    void filtersByStarsGroupProvinceAndNameWithoutDiacritics() {
        JsonPath fourStars = get("api/v1/products?stars=4&status=any&size=100");
        assertThat(fourStars.getList("items.stars", Integer.class)).isNotEmpty().containsOnly(4);
        JsonPath beverages = get("api/v1/products?group=beverage&status=any&size=100");
        assertThat(beverages.getList("items.group", String.class)).isNotEmpty().containsOnly("beverage");
        JsonPath hoaBinh = get("api/v1/products?province=hoa binh&status=any&size=100");
        assertThat(hoaBinh.getList("items.province", String.class)).isNotEmpty().containsOnly("Hòa Bình");
        JsonPath tea = get("api/v1/products?q=che shan tuyet&status=any");
        assertThat(tea.getList("items.name", String.class)).isNotEmpty()
            .allMatch(name -> name.startsWith("Chè Shan tuyết"));
    }

    @Test
    void sortsByVietnameseNameAndByNewestCertificate() {
        List<String> names = get("api/v1/products?status=any&size=100").getList("items.name", String.class);
        // ICU's Vietnamese collation orders syllable by syllable, as dictionaries do: "Cà phê" before "Cam sành".
        com.ibm.icu.text.Collator vietnamese = com.ibm.icu.text.Collator.getInstance(new com.ibm.icu.util.ULocale("vi"));
        assertThat(names).isSortedAccordingTo(vietnamese::compare);
        List<String> dates = get("api/v1/products?status=any&size=100&sort=newest").getList("items.decisionDate", String.class);
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @ParameterizedTest
    @ValueSource(strings = {"stars=9", "stars=2", "size=10000", "size=0", "page=-1", "group=unknown", "status=maybe",
        "sort=price", "stars=abc"})
    void badParametersGetA400WithAReason(String query) {
        given().baseUri(base.toString()).when().get("api/v1/products?" + query)
            .then().statusCode(400).contentType(ContentType.JSON).body("$", hasKey("error"))
            .body("error", not(containsString("Exception")));
    }

    @Test
    void aProductShowsItsCurrentCertificateAndAReEvaluatedOneKeepsItsHistory() {
        JsonPath tea = get("api/v1/certificates/OCOP-HOAB-2024-0202");
        assertThat(tea.getInt("stars")).isEqualTo(4);
        assertThat(tea.getString("status")).isEqualTo("VALID");
        assertThat(tea.getString("expiresOn")).isEqualTo("2027-08-14");
        JsonPath old = get("api/v1/certificates/OCOP-HOAB-2020-0089");
        assertThat(old.getString("status")).isEqualTo("SUPERSEDED");
        assertThat(old.getString("productUrl")).isEqualTo(tea.getString("productUrl"));
        String id = tea.getString("productUrl").substring("/product/".length());
        JsonPath product = get("api/v1/products/" + id);
        assertThat(product.getString("certificateNumber")).isEqualTo("OCOP-HOAB-2024-0202");
        assertThat(product.getString("groupLabel")).isEqualTo("Đồ uống");
    }

    @Test
    void aCertificateNumberTypedInLowerCaseGivesTheSameVerdict() {
        JsonPath typed = get("api/v1/certificates/ocop-hoab-2024-0202");
        assertThat(typed.getString("certificateNumber")).isEqualTo("OCOP-HOAB-2024-0202");
        assertThat(typed.getString("status")).isEqualTo("VALID");
    }

    @Test
    void producersListTheirProducts() {
        JsonPath product = get("api/v1/products?q=gom men lam lac son&status=any");
        long producerId = product.getLong("items[0].producer.id");
        JsonPath producer = get("api/v1/producers/" + producerId);
        assertThat(producer.getString("name")).isEqualTo("Hợp tác xã Nông nghiệp Mường Vang");
        assertThat(producer.getString("type")).isEqualTo("cooperative");
        assertThat(producer.getList("products.name", String.class)).contains("Gốm men lam Lạc Sơn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"api/v1/products/999999", "api/v1/producers/999999", "api/v1/certificates/OCOP-NONE-0000"})
    void unknownThingsGetA404WithAReason(String path) {
        given().baseUri(base.toString()).when().get(path)
            .then().statusCode(404).contentType(ContentType.JSON).body("error", notNullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "catalogue", "catalogue?stars=4&sort=newest", "product/1", "producers/1", "api",
        "product/999999"})
    void publicPagesGiveAnonymousVisitorsNoSession(String path) {
        io.restassured.response.Response page = given().baseUri(base.toString()).redirects().follow(true).when().get(path);
        assertThat(page.statusCode()).isIn(200, 404);
        assertThat(page.getHeaders().getValues("Set-Cookie")).noneMatch(c -> c.contains("OCOP_SESSION") || c.contains("JSESSIONID"));
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        given().baseUri("http://" + base.getHost() + ":" + base.getPort()).when().get("/openapi")
            .then().statusCode(200).body(containsString("/api/v1/products"), containsString("/api/v1/certificates/{number}"),
                containsString("/api/v1/admin/decisions"));
    }

    @Test
    void anExpiredCertificateSaysSoWithItsDate() {
        String number = get("api/v1/products?status=expired&size=1").getString("items.certificateNumber[0]");
        JsonPath certificate = get("api/v1/certificates/" + number);
        assertThat(certificate.getString("status")).isEqualTo("EXPIRED");
        assertThat(certificate.getString("expiresOn")).isLessThanOrEqualTo("2026-11-25");
    }
}
