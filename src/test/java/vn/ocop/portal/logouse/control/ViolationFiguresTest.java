package vn.ocop.portal.logouse.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.ocop.portal.logouse.entity.ViolationType;

class ViolationFiguresTest {

    @Test
    void everyTypeAndEveryMonthIsCountedZerosIncluded() {
        Map<ViolationType, Long> byType = ViolationFigures.byType(List.<Object[]>of(
            new Object[] {ViolationType.COUNTERFEIT_GOODS, 3L}));
        assertEquals(ViolationType.values().length, byType.size());
        assertEquals(3L, byType.get(ViolationType.COUNTERFEIT_GOODS));
        assertEquals(0L, byType.get(ViolationType.OTHER));

        List<ViolationFigures.Count> months = ViolationFigures.byMonth(List.of(LocalDate.of(2026, 11, 3),
            LocalDate.of(2026, 11, 25), LocalDate.of(2026, 1, 9), LocalDate.of(2025, 11, 30)), YearMonth.of(2026, 11), 12);
        assertEquals(12, months.size());
        assertEquals("2025-12", months.get(0).getLabel());
        assertEquals("2026-11", months.get(11).getLabel());
        assertEquals(2L, months.get(11).getCount());
        assertEquals(1L, months.get(1).getCount(), "January 2026");
        assertEquals(3L, months.stream().mapToLong(ViolationFigures.Count::getCount).sum(), "November 2025 is out of range");
    }

    @Test
    void theExportHasEveryViolationAndTheCounts() throws Exception {
        ViolationFigures figures = new ViolationFigures(ViolationFigures.byType(List.<Object[]>of(
            new Object[] {ViolationType.HIGHER_STAR_THAN_CERTIFIED, 1L})),
            List.of(new ViolationFigures.Count("Hòa Bình", 1)),
            ViolationFigures.byMonth(List.of(LocalDate.of(2026, 11, 25)), YearMonth.of(2026, 11), 12));
        ViolationRow row = new ViolationRow(7, LocalDate.of(2026, 11, 25), "HIGHER_STAR_THAN_CERTIFIED", "HTX Chè",
            "Hòa Bình", "OCOP-HOAB-2024-0202", null, "=cmd|' /C calc'!A0 5 sao thay vì 4", null,
            LocalDate.of(2026, 12, 10), false, 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LogoUseDashboardExport.writeXlsx(List.of(row), figures, Map.of("active", 4L), out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet violations = book.getSheet("violations");
            assertEquals("found_on", violations.getRow(0).getCell(1).getStringCellValue());
            assertEquals("HTX Chè", violations.getRow(1).getCell(3).getStringCellValue());
            assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, violations.getRow(1).getCell(7).getCellType(),
                "a text that looks like a formula stays text");
            assertEquals(LocalDate.of(2026, 12, 10), violations.getRow(1).getCell(9).getLocalDateTimeCellValue().toLocalDate());
            Sheet summary = book.getSheet("summary");
            StringBuilder all = new StringBuilder();
            summary.forEach(r -> r.forEach(c -> all.append(c.toString()).append('|')));
            assertTrue(all.toString().contains("HIGHER_STAR_THAN_CERTIFIED|1.0|"), all.toString());
            assertTrue(all.toString().contains("Hòa Bình|1.0|"), all.toString());
            assertTrue(all.toString().contains("active|4.0|"), all.toString());
        }
    }
}
