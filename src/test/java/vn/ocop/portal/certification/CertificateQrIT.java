package vn.ocop.portal.certification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.notNullValue;
import static vn.ocop.portal.certification.control.QrCodesTest.decode;
import static vn.ocop.portal.certification.control.QrCodesTest.parse;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.ocop.portal.ApiTest;

/**
 * The QR codes of certificates, from the deployed portal with its demo data. OCOP_PUBLIC_URL is not set here, so the
 * codes encode the address the test reached the portal at.
 */
class CertificateQrIT extends ApiTest {

    private static final String TEA = "OCOP-HOAB-2024-0202";

    private String verificationUrl(String number) {
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1)
            : base.toString();
        return root + "/verify?number=" + number;
    }

    private Response fetch(String path) {
        return given().baseUri(base.toString()).when().get(path);
    }

    private static BufferedImage image(Response png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png.asByteArray()));
    }

    @Test
    void thePngOfACertificateEncodesItsVerificationUrl() throws Exception {
        Response png = fetch("api/v1/certificates/" + TEA + "/qr.png");
        assertThat(png.statusCode()).isEqualTo(200);
        // web.xml's response-character-encoding makes the container add ";charset=UTF-8" even here; browsers ignore it.
        assertThat(png.contentType()).startsWith("image/png");
        assertThat(png.header("Cache-Control")).contains("max-age=");
        assertThat(png.getHeaders().getValues("Set-Cookie")).isEmpty();
        BufferedImage image = image(png);
        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(decode(png.asByteArray())).isEqualTo(verificationUrl(TEA));
    }

    @Test
    void aNumberTypedInLowerCaseGetsTheCodeOfTheNumberAsPrinted() throws Exception {
        Response png = fetch("api/v1/certificates/" + TEA.toLowerCase(java.util.Locale.ROOT) + "/qr.png");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(decode(png.asByteArray())).isEqualTo(verificationUrl(TEA));
    }

    @Test
    void aSizeAbove2048IsClampedTo2048() throws Exception {
        Response png = fetch("api/v1/certificates/" + TEA + "/qr.png?size=5000");
        assertThat(png.statusCode()).isEqualTo(200);
        BufferedImage image = image(png);
        assertThat(image.getWidth()).isEqualTo(2048);
        assertThat(decode(png.asByteArray())).isEqualTo(verificationUrl(TEA));
    }

    @Test
    void aSizeThatIsNotANumberGetsA400WithAReason() {
        fetch("api/v1/certificates/" + TEA + "/qr.png?size=big").then().statusCode(400).contentType(ContentType.JSON)
            .body("error", notNullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"qr.png", "qr.svg", "label.svg"})
    void anUnknownNumberGetsA404WithAReason(String file) {
        fetch("api/v1/certificates/OCOP-NONE-0000/" + file).then().statusCode(404).contentType(ContentType.JSON)
            .body("error", notNullValue());
    }

    @Test
    void theSvgAndTheLabelAreXmlWithTheUrlAndTheProduct() throws Exception {
        Response qr = fetch("api/v1/certificates/" + TEA + "/qr.svg");
        assertThat(qr.statusCode()).isEqualTo(200);
        assertThat(qr.contentType()).startsWith("image/svg+xml");
        assertThat(parse(qr.asString()).getElementsByTagName("title").item(0).getTextContent())
            .isEqualTo(verificationUrl(TEA));

        String product = get("api/v1/certificates/" + TEA).getString("product");
        Response label = fetch("api/v1/certificates/" + TEA + "/label.svg");
        assertThat(label.statusCode()).isEqualTo(200);
        assertThat(label.contentType()).startsWith("image/svg+xml");
        Document svg = parse(label.asString());
        assertThat(svg.getDocumentElement().getTextContent())
            .contains(TEA, "Quét để kiểm tra chứng nhận OCOP", verificationUrl(TEA));
        // The name is the first line of text, whole here because it is short.
        assertThat(svg.getElementsByTagName("text").item(0).getTextContent()).isEqualTo(product)
            .isEqualTo("Chè Shan tuyết Phú Lai");
    }

    @Test
    void theProductPageShowsTheCodeWithDownloads() {
        String productUrl = get("api/v1/certificates/" + TEA).getString("productUrl");
        String page = fetch(productUrl.substring(1)).then().statusCode(200).extract().asString();
        assertThat(page).contains("/api/v1/certificates/" + TEA + "/qr.svg", "/api/v1/certificates/" + TEA
            + "/qr.png?size=1024", "/api/v1/certificates/" + TEA + "/label.svg");
    }

}
