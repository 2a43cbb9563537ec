package vn.ocop.portal.salespoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static vn.ocop.portal.certification.control.QrCodesTest.decode;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.portal.ApiTest;

/**
 * The listing rules and the automatic delisting of sales points, over the API with the fixed clock: today is
 * 2026-11-25, a certificate runs 36 months from its decision, so one decided 2023-11-20 expired on 2026-11-20.
 */
class SalesPointsIT extends ApiTest {

    private static final String TAG = Long.toString(System.nanoTime(), 36).toUpperCase();
    private static final String HONEY = "SP-" + TAG + "-HONEY";
    private static final String TEA = "SP-" + TAG + "-TEA";
    private static final String OLD = "SP-" + TAG + "-OLD";
    private static final String REVOKED = "SP-" + TAG + "-REV";
    private static final String LAPSING = "SP-" + TAG + "-LAPSE";
    private static boolean imported;

    private void importOwnCertificates() {
        if (imported) {
            return;
        }
        importRows(row(HONEY, "Mật ong", "10/01/2025", "1") + row(TEA, "Chè", "10/01/2025", "1")
            + row(OLD, "Miến", "20/11/2023", "2") + row(REVOKED, "Nước mắm", "10/01/2025", "1")
            + row(LAPSING, "Gạo", "10/01/2025", "1"));
        imported = true;
    }

    private void importRows(String rows) {
        admin().contentType("text/csv; charset=UTF-8").body((LIST_HEADER + "\n" + rows).getBytes(StandardCharsets.UTF_8))
            .post("api/v1/admin/imports/certified-products").then().log().ifValidationFails().statusCode(200);
    }

    private static String row(String number, String product, String decisionDate, String decision) {
        return number + "," + product + " " + number + ",Thực phẩm,3,60,Hợp tác xã " + number + ",Hợp tác xã,Hưng Yên,"
            + "Khoái Châu,Bình Minh,SP-" + decision + "/QĐ-UBND-" + TAG + "," + decisionDate + ",Tỉnh,UBND tỉnh Hưng Yên,,\n";
    }

    private long productOf(String number) {
        return admin().get("api/v1/admin/certificates/" + number).then().statusCode(200).extract().jsonPath()
            .getLong("product.id");
    }

    private long createPoint(String name, String type, String url) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "type", type, "province", "Hưng Yên",
            "address", "1 Phố Hiến", "latitude", 20.65, "longitude", 106.05));
        if (url != null) {
            body.put("shopUrl", url);
        }
        return admin().contentType(ContentType.JSON).body(body).post("api/v1/admin/sales-points").then()
            .log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("id");
    }

    private JsonPath carry(long point, long product, int status) {
        return admin().contentType(ContentType.JSON).body(Map.of("productId", product))
            .post("api/v1/admin/sales-points/" + point + "/products").then().log().ifValidationFails().statusCode(status)
            .extract().jsonPath();
    }

    @Test
    void aProductWithAValidCertificateIsListedAndShownPublicly() {
        importOwnCertificates();
        long point = createPoint("Điểm OCOP " + TAG + " A", "OCOP_CENTRE", null);
        carry(point, productOf(HONEY), 200);
        carry(point, productOf(TEA), 200);
        JsonPath one = get("api/v1/sales-points/" + point);
        assertThat(one.getList("products.certificate", String.class)).containsExactlyInAnyOrder(HONEY, TEA);
        assertThat(one.getString("products[0].validUntil")).isEqualTo("2028-01-10");
        assertThat(one.getString("url")).isEqualTo("/sales-point/" + point);
        List<Long> inProvince = get("api/v1/sales-points?province=Hung Yen&type=OCOP_CENTRE").getList("items.id", Long.class);
        assertThat(inProvince).contains(point);
        assertThat(get("api/v1/sales-points?type=AIRPORT").getList("items.id", Long.class)).doesNotContain(point);
    }

    @Test
    void anExpiredProductIsRefusedWithItsReason() {
        importOwnCertificates();
        long point = createPoint("Điểm OCOP " + TAG + " B", "SHOWROOM_OR_SHOP", null);
        String reason = carry(point, productOf(OLD), 400).getString("error");
        assertThat(reason).contains(OLD, "expired on 2026-11-20");
        assertThat(get("api/v1/sales-points/" + point).getList("products")).isEmpty();
    }

    @Test
    void aRevokedProductIsDelistedAtOnceAndShownForRemoval() {
        importOwnCertificates();
        long point = createPoint("Điểm OCOP " + TAG + " C", "AIRPORT", null);
        long sauce = productOf(REVOKED);
        carry(point, sauce, 200);
        assertThat(get("api/v1/sales-points/" + point).getList("products.id", Long.class)).containsExactly(sauce);

        admin().contentType(ContentType.JSON).body(Map.of("on", "2026-11-24", "reason", "Vi phạm an toàn thực phẩm"))
            .post("api/v1/admin/certificates/" + REVOKED + "/revocation").then().log().ifValidationFails().statusCode(200);

        assertThat(get("api/v1/sales-points/" + point).getList("products")).isEmpty();
        JsonPath toRemove = admin().get("api/v1/admin/sales-points/" + point + "/to-remove").then().statusCode(200)
            .extract().jsonPath();
        assertThat(toRemove.getList("certificate", String.class)).containsExactly(REVOKED);
        assertThat(toRemove.getString("[0].status")).isEqualTo("REVOKED");
        // Listing it again is refused with the reason.
        long other = createPoint("Điểm OCOP " + TAG + " C2", "BUS_STATION", null);
        assertThat(carry(other, sauce, 400).getString("error")).contains(REVOKED, "revoked");
    }

    /**
     * A listed product whose certificate has expired before today (2026-11-25) by the portal's clock: the corrected
     * list moves its decision to 2023-11-20, so it expired on 2026-11-20. Nobody delists it; the read does.
     */
    @Test
    void aCertificateThatExpiredBeforeTodayLeavesThePublicListForTheRemovalList() {
        importOwnCertificates();
        long point = createPoint("Điểm OCOP " + TAG + " D", "TOURIST_SITE", null);
        long rice = productOf(LAPSING);
        long honey = productOf(HONEY);
        carry(point, rice, 200);
        carry(point, honey, 200);

        importRows(row(LAPSING, "Gạo", "20/11/2023", "2"));

        assertThat(get("api/v1/sales-points/" + point).getList("products.id", Long.class)).containsExactly(honey);
        assertThat(get("api/v1/sales-points?province=Hưng Yên").getList("items.find { it.id == " + point + " }.products.id",
            Long.class)).containsExactly(honey);
        JsonPath toRemove = admin().get("api/v1/admin/sales-points/" + point + "/to-remove").then().statusCode(200)
            .extract().jsonPath();
        assertThat(toRemove.getList("id", Long.class)).containsExactly(rice);
        assertThat(toRemove.getString("[0].expiresOn")).isEqualTo("2026-11-20");
        // The product page no longer names the point under "where to buy"; the valid one still does.
        given().baseUri(base.toString()).get("product/" + honey).then().statusCode(200)
            .body(containsString("Điểm OCOP " + TAG + " D"));
        given().baseUri(base.toString()).get("product/" + rice).then().statusCode(200)
            .body(org.hamcrest.Matchers.not(containsString("Điểm OCOP " + TAG + " D")));
    }

    @Test
    void anOnlineShopNeedsAnHttpsAddress() {
        String error = admin().contentType(ContentType.JSON).body(Map.of("name", "Shop " + TAG, "type", "ONLINE_SHOP",
                "province", "Hưng Yên", "shopUrl", "http://shop.example.vn"))
            .post("api/v1/admin/sales-points").then().statusCode(400).extract().jsonPath().getString("error");
        assertThat(error).contains("shopUrl");
        admin().contentType(ContentType.JSON).body(Map.of("name", "Shop " + TAG, "type", "ONLINE_SHOP", "province", "Hưng Yên"))
            .post("api/v1/admin/sales-points").then().statusCode(400).body("error", containsString("https"));
        long shop = createPoint("Shop " + TAG, "ONLINE_SHOP", "https://shop.example.vn/ocop");
        assertThat(get("api/v1/sales-points/" + shop).getString("shopUrl")).isEqualTo("https://shop.example.vn/ocop");
    }

    @Test
    void thePosterCarriesAQrCodeThatDecodesToThePointsPage() throws Exception {
        long point = createPoint("Điểm OCOP " + TAG + " Poster", "POST_OFFICE", null);
        String poster = given().baseUri(base.toString()).get("sales-point-poster?id=" + point).then().statusCode(200)
            .extract().asString();
        assertThat(poster).contains("Điểm OCOP " + TAG + " Poster", "salespoints.css");
        // Its style sheet prints it on one A4 page.
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"([^\"]*salespoints\\.css[^\"]*)\"").matcher(poster);
        assertThat(css.find()).isTrue();
        assertThat(given().baseUri(base.toString()).get(css.group(1).replace("&amp;", "&").substring(1)).then().statusCode(200)
            .extract().asString()).contains("@page", "size: A4", "@media print");
        java.util.regex.Matcher src = java.util.regex.Pattern.compile("id=\"sp-qr\"[^>]*src=\"([^\"]+)\"|src=\"([^\"]+)\"[^>]*id=\"sp-qr\"")
            .matcher(poster);
        assertThat(src.find()).as("the poster's QR image").isTrue();
        String path = (src.group(1) != null ? src.group(1) : src.group(2)).replace("&amp;", "&");
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1)
            : base.toString();
        String relative = path.startsWith(new java.net.URL(root).getPath()) ? path.substring(new java.net.URL(root).getPath().length()) : path;
        io.restassured.response.Response png = given().baseUri(root).get(relative);
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.contentType()).startsWith("image/png");
        assertThat(decode(png.asByteArray())).isEqualTo(root + "/sales-point/" + point);
        // The page the code leads to answers, and the old-style ?id= address too.
        given().baseUri(root).get("sales-point/" + point).then().statusCode(200)
            .body(containsString("Điểm OCOP " + TAG + " Poster"));
        given().baseUri(root).get("sales-point?id=" + point).then().statusCode(200);
    }

    @Test
    void anUnknownPointIs404WithAReason() {
        given().baseUri(base.toString()).get("api/v1/sales-points/987654321").then().statusCode(404)
            .contentType(ContentType.JSON);
    }

    private static io.restassured.specification.RequestSpecification given() {
        return io.restassured.RestAssured.given();
    }
}
