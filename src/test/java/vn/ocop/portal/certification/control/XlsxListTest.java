package vn.ocop.portal.certification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/**
 * The same list written as CSV and as XLSX (typed cells, as a spreadsheet program saves them) parses to the same rows,
 * rejections and warnings. XLSX files are generated with POI ({@link Workbooks}).
 */
class XlsxListTest {

    static final String HEADER = CertifiedProductListParserTest.HEADER;

    final CertifiedProductListParser parser = new CertifiedProductListParser(LocalDate.of(2026, 11, 25), Locale.ENGLISH);

    ParsedList csv(String text) {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSameListAsCsvAndAsXlsxGivesTheSameRowsRejectionsAndWarnings() throws IOException {
        String csv = String.join("\n", HEADER + ",ghi_chu",
            CertifiedProductListParserTest.row("X-1", "4", "75", "22/07/2020") + ",a",   // good
            CertifiedProductListParserTest.row("X-2", "3", "75", "22/07/2020") + ",",    // score outside the band
            CertifiedProductListParserTest.row("X-3", "5", "95", "01/01/2027") + ",",    // in the future
            CertifiedProductListParserTest.row("X-4", "4", "", "31/02/2021") + ",",      // no such day (text in XLSX)
            CertifiedProductListParserTest.row("X-1", "4", "75", "22/07/2020") + ",",    // number repeated
            CertifiedProductListParserTest.row("X-5", "6", "", "2021-03-01") + ",",      // no such stars
            CertifiedProductListParserTest.GOOD.replace("OCOP-1", "X-6").replace("Thực phẩm", "Điện tử") + ",",
            CertifiedProductListParserTest.row("X-7", "3", "60", "2021-03-01") + ",b") + "\n";
        ParsedList fromCsv = csv(csv);
        ParsedList fromXlsx = parser.parse(Workbooks.of(csv));

        assertThat(fromCsv.rows()).extracting(ListRow::certificateNumber).containsExactly("X-1", "X-7");
        assertThat(fromCsv.rejected()).extracting(RowRejection::line).containsExactly(3, 4, 5, 6, 7, 8);
        assertThat(fromCsv.warnings()).singleElement().asString().contains("ghi_chu");
        assertThat(fromXlsx).isEqualTo(fromCsv);
    }

    @Test
    void theBundledSampleAsAWorkbookIsTheSameList() throws IOException {
        String csv;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/ocop-certified-products.sample.csv")) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        }
        ParsedList fromXlsx = parser.parse(Workbooks.of(csv));
        assertThat(fromXlsx.rows()).hasSize(240);
        assertThat(fromXlsx).isEqualTo(csv(csv));
    }

    @Test
    void readsTextDatesTextNumbersFormulasAndLinesAsTheSheetNumbersThem() {
        List<Object> header = Arrays.asList((Object[]) HEADER.split(","));
        List<Object> asText = Arrays.asList((Object[]) CertifiedProductListParserTest.GOOD.split(","));
        List<Object> typedRow = new ArrayList<>(asText);
        typedRow.set(0, 4711L);                          // a numeric certificate number
        typedRow.set(3, 4.0);                            // stars as a number
        typedRow.set(11, LocalDate.of(2020, 7, 22));
        typedRow.set(14, 250000L);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(header);
        rows.add(asText);
        rows.add(Arrays.asList(new Object[header.size()])); // a blank row: skipped, but counted by the sheet
        rows.add(typedRow);
        ParsedList list = parser.parse(Workbooks.xlsx(rows));
        assertThat(list.rejected()).isEmpty();
        assertThat(list.rows()).extracting(ListRow::line).containsExactly(2, 4);
        ListRow first = list.rows().get(0);
        ListRow second = list.rows().get(1);
        assertThat(second.certificateNumber()).isEqualTo("4711");
        assertThat(second.stars()).isEqualTo(first.stars());
        assertThat(second.decisionDate()).isEqualTo(first.decisionDate()).isEqualTo(LocalDate.of(2020, 7, 22));
        assertThat(second.priceVnd()).isEqualTo(first.priceVnd()).isEqualTo(250_000L);
    }

    @Test
    void refusesWhatIsNotAWorkbookByItsContent() throws IOException {
        byte[] notAWorkbook = zip("[Content_Types].xml", ("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> parser.parse(notAWorkbook)).isInstanceOf(ListRefused.class).hasMessageContaining("XLSX");
        byte[] plainZip = zip("list.csv", (HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> parser.parse(plainZip)).isInstanceOf(ListRefused.class).hasMessageContaining("XLSX");
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> parser.parse(xls)).isInstanceOf(ListRefused.class).hasMessageContaining(".xls");
        byte[] truncated = Arrays.copyOf(Workbooks.xlsx(List.of(List.of("certificate_number"))), 200);
        assertThatThrownBy(() -> parser.parse(truncated)).isInstanceOf(ListRefused.class);
        byte[] headerOnly = Workbooks.xlsx(List.of(Arrays.asList((Object[]) HEADER.split(","))));
        assertThat(parser.parse(headerOnly).rows()).isEmpty();
        byte[] wrongHeader = Workbooks.xlsx(List.of(List.of("name", "price"), List.of("Mật ong", 100)));
        assertThatThrownBy(() -> parser.parse(wrongHeader)).isInstanceOf(ListRefused.class).hasMessageContaining("header");
    }

    @Test
    void refusesAZipBombBeforeItExpands() throws IOException {
        // 60 MB of zeros compress to about 60 kB: far past the ratio an honest workbook has.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(new byte[60 * 1024 * 1024]);
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> parser.parse(out.toByteArray())).isInstanceOf(ListRefused.class)
            .hasMessageContaining("XLSX").hasMessageContaining("Zip bomb");
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
