package vn.ocop.portal.certification.control;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a certificate list as provinces publish them, as XLSX or CSV. The columns are those of the import format
 * where they overlap (certificate_number ... issuing_authority, dates as dd/MM/yyyy in CSV), followed by expires_on
 * and status, so an exported list reads back with the importer and in Excel alike.
 * <ul>
 *   <li>XLSX is written with POI's streaming workbook: only a window of rows is in memory, however long the list;
 *       every text is a string cell, never a formula, and dates are date cells.</li>
 *   <li>CSV is UTF-8 with a byte-order mark (so that Excel reads Vietnamese), RFC 4180 quoting and CRLF lines. A text
 *       that starts like a formula ({@code = + - @}) gets a leading apostrophe, so a spreadsheet never runs it.</li>
 * </ul>
 * Neither method closes the stream it is given.
 */
public final class CertificateListExport {

    public static final List<String> COLUMNS = List.of("certificate_number", "product_name", "product_group", "stars",
        "score", "producer_name", "producer_type", "province", "district", "commune", "decision_number",
        "decision_date", "issuing_level", "issuing_authority", "expires_on", "status");
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV_TYPE = "text/csv; charset=UTF-8";

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final int[] WIDTHS = {24, 40, 24, 6, 6, 40, 16, 16, 18, 18, 18, 12, 12, 30, 12, 10};
    private static final int ROWS_IN_MEMORY = 200;

    private CertificateListExport() {
    }

    /** The list as one sheet named after the title (the title is also the document's title). */
    public static void writeXlsx(String title, Iterable<CertificateListRow> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(title);
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(title == null || title.isBlank() ? "OCOP" : title));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));

            Row headerRow = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                headerRow.createCell(i).setCellValue(COLUMNS.get(i));
                headerRow.getCell(i).setCellStyle(header);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int index = 1;
            for (CertificateListRow row : rows) {
                Row line = sheet.createRow(index++);
                List<Object> values = values(row);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Integer number) {
                        line.createCell(i).setCellValue(number);
                    } else if (value instanceof LocalDate day) {
                        line.createCell(i).setCellValue(day);
                        line.getCell(i).setCellStyle(date);
                    } else if (value != null) {
                        line.createCell(i).setCellValue(value.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, index - 1), 0, COLUMNS.size() - 1));
            workbook.write(out);
        }
        out.flush();
    }

    /** The list as CSV in the import format's conventions. */
    public static void writeCsv(Iterable<CertificateListRow> rows, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(COLUMNS);
        for (CertificateListRow row : rows) {
            List<String> texts = new ArrayList<>(COLUMNS.size());
            for (Object value : values(row)) {
                texts.add(csvText(value));
            }
            csv.printRecord(texts);
        }
        csv.flush();
    }

    private static List<Object> values(CertificateListRow row) {
        List<Object> values = new ArrayList<>(COLUMNS.size());
        values.add(row.getNumber());
        values.add(row.getProductName());
        values.add(row.getGroupLabel());
        values.add(row.getStars());
        values.add(row.getScore());
        values.add(row.getProducerName());
        values.add(row.getProducerType());
        values.add(row.getProvince());
        values.add(row.getDistrict());
        values.add(row.getCommune());
        values.add(row.getDecisionNumber());
        values.add(row.getDecisionDate());
        values.add(row.getIssuingLevel());
        values.add(row.getIssuingAuthority());
        values.add(row.getExpiresOn());
        values.add(row.getStatus() == null ? null : row.getStatus().name());
        return values;
    }

    private static String csvText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate day) {
            return VIETNAMESE_DATE.format(day);
        }
        String text = value.toString();
        if (value instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
