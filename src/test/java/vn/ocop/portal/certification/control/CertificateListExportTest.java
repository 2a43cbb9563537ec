package vn.ocop.portal.certification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.ocop.portal.certification.entity.CertificateStatus;

class CertificateListExportTest {

    private static final CertificateListRow HONEY = new CertificateListRow("OCOP-HY-2023-0001", "Mật ong hoa nhãn \"Đặc biệt\", 500 ml",
        "Thực phẩm", 4, 75, "Hợp tác xã Mường Đình", "Hợp tác xã", "producer@example.vn", "Hưng Yên", "Khoái Châu",
        "Bình Minh", "66/QĐ-UBND", LocalDate.of(2023, 12, 29), "Tỉnh", "UBND tỉnh Hưng Yên", LocalDate.of(2026, 12, 29),
        CertificateStatus.EXPIRING);
    private static final CertificateListRow FORMULA = new CertificateListRow("OCOP-X-1", "=HYPERLINK(\"http://evil\")",
        "Đồ uống", 3, null, "@Công ty", "Doanh nghiệp", null, "Bến Tre", null, null, "1/QĐ-UBND", LocalDate.of(2021, 1, 5),
        "Huyện", "UBND huyện Mỏ Cày Nam", LocalDate.of(2024, 1, 5), CertificateStatus.EXPIRED);

    @Test
    void theXlsxReadsBackWithTheImportColumnsTypedCellsAndNoFormula() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CertificateListExport.writeXlsx("Sản phẩm OCOP năm 2021 hết hạn", List.of(HONEY, FORMULA), out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Sản phẩm OCOP năm 2021 hết hạn");
            assertThat(book.getProperties().getCoreProperties().getTitle()).isEqualTo("Sản phẩm OCOP năm 2021 hết hạn");
            assertThat(texts(sheet.getRow(0))).containsExactlyElementsOf(CertificateListExport.COLUMNS);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);

            Row honey = sheet.getRow(1);
            assertThat(honey.getCell(0).getStringCellValue()).isEqualTo("OCOP-HY-2023-0001");
            assertThat(honey.getCell(1).getStringCellValue()).isEqualTo("Mật ong hoa nhãn \"Đặc biệt\", 500 ml");
            assertThat(honey.getCell(3).getNumericCellValue()).isEqualTo(4);
            assertThat(honey.getCell(4).getNumericCellValue()).isEqualTo(75);
            assertThat(DateUtil.isCellDateFormatted(honey.getCell(11))).isTrue();
            assertThat(honey.getCell(11).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2023, 12, 29));
            assertThat(honey.getCell(14).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 29));
            assertThat(honey.getCell(15).getStringCellValue()).isEqualTo("EXPIRING");
            assertThat(texts(honey)).doesNotContain("producer@example.vn");

            Row formula = sheet.getRow(2);
            assertThat(formula.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\")");
            assertThat(formula.getCell(4)).as("no score").isNull();
        }
    }

    @Test
    void aLongListStreamsIntoTheSheet() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CertificateListExport.writeXlsx("Danh sách", () -> IntStream.range(0, 5_000).mapToObj(i -> HONEY).iterator(), out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(5_000);
            assertThat(book.getSheetAt(0).getRow(5_000).getCell(0).getStringCellValue()).isEqualTo("OCOP-HY-2023-0001");
        }
    }

    @Test
    void theCsvHasABomRfc4180QuotingAndDatesAsTheImportWritesThem() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CertificateListExport.writeCsv(List.of(HONEY, FORMULA), out);
        byte[] bytes = out.toByteArray();

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n").contains("\"Mật ong hoa nhãn \"\"Đặc biệt\"\", 500 ml\"");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new InputStreamReader(new ByteArrayInputStream(bytes, 3,
            bytes.length - 3), StandardCharsets.UTF_8)).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).toList()).containsExactlyElementsOf(CertificateListExport.COLUMNS);
        assertThat(records.get(1).toList()).containsExactly("OCOP-HY-2023-0001", "Mật ong hoa nhãn \"Đặc biệt\", 500 ml",
            "Thực phẩm", "4", "75", "Hợp tác xã Mường Đình", "Hợp tác xã", "Hưng Yên", "Khoái Châu", "Bình Minh",
            "66/QĐ-UBND", "29/12/2023", "Tỉnh", "UBND tỉnh Hưng Yên", "29/12/2026", "EXPIRING");
        assertThat(records.get(2).get(1))
            .as("a text that starts like a formula is defused").isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(records.get(2).get(5)).isEqualTo("'@Công ty");
        assertThat(records.get(2).get(4)).as("no score").isEmpty();
    }

    @Test
    void anExportedCsvImportsBackAsTheSameCertificates() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CertificateListExport.writeCsv(List.of(HONEY), out);

        ParsedList parsed = new CertifiedProductListParser(LocalDate.of(2026, 11, 25), Locale.ENGLISH).parse(out.toByteArray());

        assertThat(parsed.rejected()).isEmpty();
        assertThat(parsed.rows()).singleElement().satisfies(row -> {
            assertThat(row.certificateNumber()).isEqualTo(HONEY.getNumber());
            assertThat(row.productName()).isEqualTo(HONEY.getProductName());
            assertThat(row.decisionDate()).isEqualTo(HONEY.getDecisionDate());
            assertThat(row.stars().getValue()).isEqualTo(4);
            assertThat(row.commune()).isEqualTo("Bình Minh");
        });
    }

    private static List<String> texts(Row row) {
        return IntStream.range(0, row.getLastCellNum()).mapToObj(row::getCell)
            .map(cell -> cell == null ? "" : cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : cell.toString())
            .toList();
    }
}
