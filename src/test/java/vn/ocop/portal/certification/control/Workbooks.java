package vn.ocop.portal.certification.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** XLSX workbooks written with POI, as a spreadsheet program saves a list: for tests of the import. */
public final class Workbooks {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Workbooks() {
    }

    /** A CSV list as a workbook with typed cells (see {@link #typed}). */
    public static byte[] of(String csv) {
        return xlsx(typed(csv));
    }

    /** A workbook whose first sheet holds the rows; a {@link LocalDate} is a real date cell, a Number a numeric cell. */
    public static byte[] xlsx(List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = workbook.createSheet("Danh sách");
            workbook.createSheet("Ghi chú").createRow(0).createCell(0).setCellValue("not the list");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue; // a cell the sheet leaves out
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells of a CSV list, typed as a spreadsheet would hold them: stars, score and price as numbers, dates as dates. */
    public static List<List<Object>> typed(String csv) {
        List<CSVRecord> records;
        try {
            records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> header = records.get(0).toList();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(header));
        for (CSVRecord record : records.subList(1, records.size())) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < record.size(); c++) {
                String text = record.get(c);
                String column = header.get(c);
                if (List.of("stars", "score", "price_vnd").contains(column) && text.matches("\\d+")) {
                    row.add(Long.parseLong(text));
                } else if (column.equals("decision_date") && text.matches("\\d{2}/\\d{2}/\\d{4}") && valid(text)) {
                    row.add(LocalDate.parse(text, DAY));
                } else {
                    row.add(text.isEmpty() ? null : text);
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static boolean valid(String day) {
        try {
            LocalDate.parse(day, DAY);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
