package vn.ocop.portal.salespoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.ocop.portal.ApiTest;
import vn.ocop.portal.BrowserTest;

/**
 * A visitor finds an OCOP sales point with two products in the directory (the map's tiles cannot load here, which
 * must leave the list whole), opens it, and finds it again under "where to buy" on both products' pages.
 */
class SalesPointsBrowserIT extends BrowserTest {

    private static final String TAG = Long.toString(System.nanoTime(), 36).toUpperCase();
    private static final String PASSWORD = System.getProperty("ocop.admin.password", "it-admin-password");

    private RequestSpecification admin() {
        return RestAssured.given().baseUri(base).auth().preemptive().basic("admin", PASSWORD);
    }

    private String row(String number, String product) {
        return number + "," + product + ",Đồ uống,4,75,Công ty " + TAG + ",Doanh nghiệp,Hưng Yên,Khoái Châu,Bình Minh,"
            + "SPB/QĐ-UBND-" + TAG + ",15/03/2025,Tỉnh,UBND tỉnh Hưng Yên,,\n";
    }

    private long productOf(String number) {
        return admin().get("api/v1/admin/certificates/" + number).then().statusCode(200).extract().jsonPath()
            .getLong("product.id");
    }

    @Test
    void aPointWithTwoProductsIsInTheDirectoryAndOnBothProductPages() {
        String wine = "Rượu nếp " + TAG;
        String juice = "Nước cốt nhãn " + TAG;
        String csv = ApiTest.LIST_HEADER + "\n" + row("SPB-" + TAG + "-1", wine) + row("SPB-" + TAG + "-2", juice);
        admin().contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
            .post("api/v1/admin/imports/certified-products").then().statusCode(200);
        long first = productOf("SPB-" + TAG + "-1");
        long second = productOf("SPB-" + TAG + "-2");
        String name = "Trung tâm OCOP Phố Hiến " + TAG;
        long point = admin().contentType(ContentType.JSON).body(Map.of("name", name, "type", "OCOP_CENTRE",
                "province", "Hưng Yên", "address", "Số 1 Phố Hiến, Hưng Yên", "latitude", 20.6464, "longitude", 106.0511,
                "openingHours", "7:30–21:00"))
            .post("api/v1/admin/sales-points").then().statusCode(201).extract().jsonPath().getLong("id");
        for (long product : List.of(first, second)) {
            admin().contentType(ContentType.JSON).body(Map.of("productId", product))
                .post("api/v1/admin/sales-points/" + point + "/products").then().statusCode(200);
        }

        driver.get(base + "/catalogue");
        driver.findElement(By.linkText("Điểm bán OCOP")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Điểm giới thiệu và bán sản phẩm OCOP");
        driver.findElement(By.cssSelector("#sp-type option[value='OCOP_CENTRE']")).click();
        driver.findElement(By.cssSelector("#sp-group option[value='BEVERAGE']")).click();
        driver.findElement(By.id("sp-apply")).click();
        assertThat(driver.getCurrentUrl()).contains("type=OCOP_CENTRE").contains("group=BEVERAGE");
        WebElement item = driver.findElement(By.id("sp-" + point));
        assertThat(item.getText()).contains(name, "Trung tâm OCOP", "Hưng Yên", "2 sản phẩm");
        assertUsablePage("the sales-point directory");

        item.findElement(By.linkText(name)).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        assertThat(driver.findElement(By.id("sp-products")).getText()).contains(wine, juice);
        assertUsablePage("a sales point's page");

        for (long product : List.of(first, second)) {
            driver.get(base + "/product/" + product);
            WebElement whereToBuy = driver.findElement(By.id("where-to-buy"));
            assertThat(whereToBuy.findElement(By.tagName("h2")).getText()).isEqualTo("Mua ở đâu");
            assertThat(whereToBuy.findElement(By.id("where-" + point)).getText()).contains(name, "Hưng Yên");
        }
        assertUsablePage("a product page with where to buy");

        driver.findElement(By.linkText(name)).click();
        driver.findElement(By.id("sp-poster")).click();
        assertThat(driver.findElement(By.id("sp-url")).getText()).isEqualTo(base + "/sales-point/" + point);
        assertThat(driver.findElement(By.id("sp-qr")).getAttribute("naturalWidth")).isEqualTo("1024");
    }
}
