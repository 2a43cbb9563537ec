package vn.ocop.portal.certification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.ocop.portal.catalogue.entity.ProductGroup;
import vn.ocop.portal.certification.entity.IssuingLevel;
import vn.ocop.portal.producer.entity.ProducerType;

class CertifiedProductListParserTest {

    static final String HEADER = "certificate_number,product_name,product_group,stars,score,producer_name,producer_type,"
        + "province,district,commune,decision_number,decision_date,issuing_level,issuing_authority,price_vnd,description";
    static final String GOOD = "OCOP-1,Mật ong bạc hà,Thực phẩm,4,75,HTX Mật ong Đồng Văn,Hợp tác xã,Hà Giang,Đồng Văn,"
        + "Lũng Cú,12/QĐ-UBND,22/07/2020,Tỉnh,UBND tỉnh Hà Giang,250000,Mật ong";

    final CertifiedProductListParser parser = new CertifiedProductListParser(LocalDate.of(2026, 11, 25), Locale.ENGLISH);

    ParsedList parse(String csv) {
        return parser.parse(csv.getBytes(StandardCharsets.UTF_8));
    }

    static String row(String number, String stars, String score, String date) {
        return GOOD.replace("OCOP-1,", number + ",").replace(",4,75,", "," + stars + "," + score + ",")
            .replace("22/07/2020", date);
    }

    @Test
    void theBundledSampleParsesWhole() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/ocop-certified-products.sample.csv")) {
            ParsedList list = parser.parse(in.readAllBytes());
            assertThat(list.rows()).hasSize(240);
            assertThat(list.rejected()).isEmpty();
            assertThat(list.warnings()).isEmpty();
        }
    }

    @Test
    void readsTypedValuesFromARow() {
        ListRow row = parse(HEADER + "\n" + GOOD + "\n").rows().get(0);
        assertThat(row.line()).isEqualTo(2);
        assertThat(row.group()).isEqualTo(ProductGroup.FOOD);
        assertThat(row.stars().getValue()).isEqualTo(4);
        assertThat(row.score()).isEqualTo(75);
        assertThat(row.producerType()).isEqualTo(ProducerType.COOPERATIVE);
        assertThat(row.decisionDate()).isEqualTo(LocalDate.of(2020, 7, 22));
        assertThat(row.issuingLevel()).isEqualTo(IssuingLevel.PROVINCE);
        assertThat(row.priceVnd()).isEqualTo(250_000L);
    }

    @Test
    void acceptsByteOrderMarkCrlfQuotingAndAnotherColumnOrder() {
        String header = "Product_Name,certificate_number," + HEADER.replace("certificate_number,product_name,", "") + ",notes";
        String line = "\"Nước mắm \"\"Phú Quốc\"\", loại 1\",OCOP-2," + GOOD.substring(GOOD.indexOf("Thực phẩm")) + ",ghi chú";
        ParsedList list = parse("\uFEFF" + header + "\r\n" + line + "\r\n");
        assertThat(list.rejected()).isEmpty();
        assertThat(list.rows()).singleElement().satisfies(r -> {
            assertThat(r.productName()).isEqualTo("Nước mắm \"Phú Quốc\", loại 1");
            assertThat(r.certificateNumber()).isEqualTo("OCOP-2");
        });
        assertThat(list.warnings()).singleElement().asString().contains("notes");
    }

    @Test
    void rejectsBrokenRowsWithTheirLinesAndKeepsTheOthers() {
        ParsedList list = parse(String.join("\n", HEADER,
            row("A", "4", "75", "22/07/2020"),          // line 2: good
            row("B", "3", "75", "22/07/2020"),          // 3: score outside the 3-star band
            row("C", "2", "40", "22/07/2020"),          // 4: not certified
            row("D", "6", "", "22/07/2020"),            // 5: no such stars
            row("E", "4", "75", "31/02/2021"),          // 6: no such day
            row("F", "4", "75", "2021-13-01"),          // 7: no such month
            row("G", "4", "75", "01/01/2027"),          // 8: in the future
            row("A", "4", "75", "22/07/2020"),          // 9: number repeated
            row("H", "4", "75", "2021-03-01"),          // 10: ISO date, good
            GOOD.replace("Thực phẩm", "Điện tử").replace("OCOP-1", "I"),   // 11: unknown group
            GOOD.replace("HTX Mật ong Đồng Văn", "").replace("OCOP-1", "J")) + "\n");  // 12: no producer
        assertThat(list.rows()).extracting(ListRow::certificateNumber).containsExactly("A", "H");
        assertThat(list.rejected()).extracting(RowRejection::line).containsExactly(3, 4, 5, 6, 7, 8, 9, 11, 12);
        assertThat(list.rejected().get(0).reason()).contains("band");
        assertThat(list.rejected().get(5).reason()).contains("future");
        assertThat(list.rejected().get(6).reason()).contains("line 2");
        assertThat(list.rejected().get(8).reason()).contains("producer_name");
    }

    @Test
    void refusesFilesThatAreNotCertifiedProductLists() {
        assertThatThrownBy(() -> parser.parse(new byte[0])).isInstanceOf(ListRefused.class);
        assertThatThrownBy(() -> parser.parse(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})).isInstanceOf(ListRefused.class)
            .hasMessageContaining("binary");
        assertThatThrownBy(() -> parser.parse((HEADER + "\n" + GOOD).getBytes(Charset.forName("windows-1258"))))
            .isInstanceOf(ListRefused.class).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> parse("a,b,c\n1,2,3\n")).isInstanceOf(ListRefused.class).hasMessageContaining("header");
        assertThatThrownBy(() -> parse(HEADER.replace(",stars", "").replace(",decision_date", "") + "\n"))
            .isInstanceOf(ListRefused.class).hasMessageContaining("stars").hasMessageContaining("decision_date");
    }
}
