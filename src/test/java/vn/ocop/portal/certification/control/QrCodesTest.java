package vn.ocop.portal.certification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** The encoder, decoded back the way a phone would; {@link #decode} and {@link #parse} serve the API test too. */
public class QrCodesTest {

    private static final String TEA = "https://ocop.hoabinh.gov.vn/verify?number=OCOP-HOAB-2024-0202";

    /** What a phone reads from a PNG: ZXing's own decoder over the image. */
    public static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
    }

    public static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void aPngDecodesToExactlyTheUrl() throws Exception {
        assertThat(decode(QrCodes.png(TEA, QrCodes.DEFAULT_SIZE))).isEqualTo(TEA);
    }

    @Test
    void aLongNumberStillDecodes() throws Exception {
        String url = VerificationUrls.of("https://ocop.sonla.gov.vn/portal",
            "OCOP-SONL-2025-000123456789/QD-UBND & TT 04-2025 " + "X".repeat(60));
        assertThat(url).contains("%2FQD-UBND+%26+TT").hasSizeGreaterThan(150);
        assertThat(decode(QrCodes.png(url, QrCodes.MIN_SIZE))).isEqualTo(url);
        assertThat(decode(QrCodes.png(url, QrCodes.PRINT_SIZE))).isEqualTo(url);
    }

    @ParameterizedTest
    @CsvSource({"5000,2048", "1,128", "1024,1024"})
    void sizesAreClampedAndPngsAreThatBig(int asked, int pixels) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(TEA, asked)));
        assertThat(image.getWidth()).isEqualTo(pixels);
        assertThat(image.getHeight()).isEqualTo(pixels);
    }

    @Test
    void anSvgIsWellFormedWithOnePathAndAnEscapedTitle() throws Exception {
        Document svg = parse(QrCodes.svg(TEA, "a<b & \"c\""));
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("a<b & \"c\"");
        assertThat(svg.getElementsByTagName("path").getLength()).isEqualTo(1);
        int side = QrCodes.modules(TEA).getWidth();
        assertThat(svg.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 " + side + " " + side);
    }

    @Test
    void theSvgPathDrawsExactlyTheDarkModules() {
        var modules = QrCodes.modules(TEA);
        int dark = 0;
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                dark += modules.get(x, y) ? 1 : 0;
            }
        }
        int drawn = java.util.regex.Pattern.compile("h(\\d+)v").matcher(QrCodes.pathOf(modules)).results()
            .mapToInt(m -> Integer.parseInt(m.group(1))).sum();
        assertThat(drawn).isEqualTo(dark);
        assertThat(modules.get(0, 0)).as("quiet zone").isFalse();
        assertThat(modules.get(QrCodes.QUIET_ZONE, QrCodes.QUIET_ZONE)).as("finder pattern").isTrue();
    }

    @Test
    void aLabelEscapesTheProductNameAndShowsTheNumberAndStars() throws Exception {
        String name = "Mật ong <bạc hà> & \"Mèo\" Vạc\u0001";
        Document label = parse(QrLabel.svg(TEA, name, 4, "OCOP-HAGI-2023-0007"));
        String text = label.getDocumentElement().getTextContent();
        assertThat(text).contains("Mật ong <bạc hà> & \"Mèo\" Vạc", "OCOP-HAGI-2023-0007",
            "Quét để kiểm tra chứng nhận OCOP").doesNotContain("\u0001");
        assertThat(label.getElementsByTagName("title").item(0).getTextContent()).startsWith("OCOP 4 sao: Mật ong");
        // One path for the code, one per star.
        assertThat(label.getElementsByTagName("path").getLength()).isEqualTo(1 + 4);
    }

    @Test
    void longNamesWrapBetweenWordsIntoThreeLinesAtMost() {
        assertThat(QrLabel.lines("Chè Shan tuyết cổ thụ Tà Xùa")).containsExactly("Chè Shan tuyết cổ thụ Tà", "Xùa");
        assertThat(QrLabel.lines("Rượu " + "ngô men lá ".repeat(10))).hasSize(3).last().asString().endsWith("…");
    }

    @Test
    void theVerificationUrlEncodesTheNumber() {
        assertThat(VerificationUrls.of("http://localhost:8080", "OCOP-HOAB-2024-0202"))
            .isEqualTo("http://localhost:8080/verify?number=OCOP-HOAB-2024-0202");
        assertThat(VerificationUrls.of("https://x.vn", "A B/Đ&1")).isEqualTo("https://x.vn/verify?number=A+B%2F%C4%90%261");
        assertThat(VerificationUrls.pathSegment("A B/1")).isEqualTo("A%20B%2F1");
    }
}
