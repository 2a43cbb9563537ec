package vn.ocop.portal.logouse.control;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.ocop.portal.logouse.entity.ViolationType;

/**
 * The logo-use dashboard as XLSX, in the way of CertificateListExport: a sheet of every violation (streamed, however
 * many), then one sheet of the counts by type, province and month, and the uses counts. Texts are string cells,
 * never formulas; dates are date cells. The stream is not closed.
 */
public final class LogoUseDashboardExport {

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final List<String> COLUMNS = List.of("id", "found_on", "type", "producer", "province", "certificate",
        "logo_use_id", "description", "sanction", "follow_up_on", "followed_up", "inspection_id");
    private static final int[] WIDTHS = {8, 12, 32, 40, 18, 24, 10, 60, 40, 12, 10, 10};

    private LogoUseDashboardExport() {
    }

    public static void writeXlsx(Iterable<ViolationRow> rows, ViolationFigures figures, Map<String, Long> uses,
                                 OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));

            Sheet sheet = workbook.createSheet("violations");
            Row head = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                head.createCell(i).setCellValue(COLUMNS.get(i));
                head.getCell(i).setCellStyle(header);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int index = 1;
            for (ViolationRow v : rows) {
                Row line = sheet.createRow(index++);
                Object[] values = {v.id(), v.foundOn(), v.type(), v.producer(), v.province(), v.certificate(),
                    v.logoUseId(), v.description(), v.sanction(), v.followUpOn(), v.followedUp() ? "yes" : "no",
                    v.inspectionId()};
                for (int i = 0; i < values.length; i++) {
                    Object value = values[i];
                    if (value instanceof Long number) {
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

            Sheet summary = workbook.createSheet("summary");
            summary.setColumnWidth(0, 36 * 256);
            summary.setColumnWidth(1, 36 * 256);
            int r = 0;
            r = block(summary, r, header, "uses", uses);
            Map<String, Long> types = new java.util.LinkedHashMap<>();
            for (Map.Entry<ViolationType, Long> e : figures.getByType().entrySet()) {
                types.put(e.getKey().name(), e.getValue());
            }
            r = block(summary, r, header, "violations_by_type", types);
            r = block(summary, r, header, "violations_by_province", asMap(figures.getByProvince()));
            block(summary, r, header, "violations_by_month", asMap(figures.getByMonth()));
            workbook.write(out);
        }
        out.flush();
    }

    private static Map<String, Long> asMap(List<ViolationFigures.Count> counts) {
        Map<String, Long> map = new java.util.LinkedHashMap<>();
        counts.forEach(c -> map.put(c.getLabel(), c.getCount()));
        return map;
    }

    private static int block(Sheet sheet, int row, CellStyle header, String title, Map<String, Long> counts) {
        Row head = sheet.createRow(row++);
        head.createCell(0).setCellValue(title);
        head.getCell(0).setCellStyle(header);
        head.createCell(1).setCellValue("count");
        head.getCell(1).setCellStyle(header);
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            Row line = sheet.createRow(row++);
            line.createCell(0).setCellValue(e.getKey());
            line.createCell(1).setCellValue(e.getValue());
        }
        return row + 1;
    }
}
