package vn.ocop.portal.logouse.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ocop.portal.platform.entity.Refused;

class MisuseReportTest {

    private static MisuseReport report() {
        return new MisuseReport(" Mật ong ", "Chợ Đồng Xuân", "Nhãn 4 sao giả", "  ", List.of("misuse/a.jpg"),
            Instant.parse("2026-11-25T02:00:00Z"));
    }

    @Test
    void triageRunsFromNewThroughInvestigatingToClosedWithAnOutcome() {
        MisuseReport report = report();
        assertEquals(ReportStatus.NEW, report.getStatus());
        assertEquals("Mật ong", report.getProductOrBrand());
        assertNull(report.getContact(), "a blank contact is none");
        report.investigate();
        assertEquals(ReportStatus.INVESTIGATING, report.getStatus());
        assertEquals("misuse.error.notNew", assertThrows(Refused.class, report::investigate).key());
        assertEquals("misuse.error.outcomeRequired", assertThrows(Refused.class, () -> report.close(" ")).key());
        report.close("Đã kiểm tra: cửa hàng gỡ sản phẩm");
        assertEquals(ReportStatus.CLOSED, report.getStatus());
        assertEquals("misuse.error.closed", assertThrows(Refused.class, () -> report.close("again")).key());
        assertEquals("misuse.error.closed", assertThrows(Refused.class, () -> report.followUpBy(null)).key());
    }

    @Test
    void aNewReportMayBeClosedStraightAwayAsSpam() {
        MisuseReport report = report();
        report.close("Quảng cáo, không liên quan");
        assertEquals(ReportStatus.CLOSED, report.getStatus());
    }

    @Test
    void atMostThreePhotos() {
        assertEquals(1, report().getPhotos().size());
        assertEquals("misuse.error.tooManyPhotos", assertThrows(Refused.class, () -> new MisuseReport("a", "b", "c", null,
            List.of("misuse/1.jpg", "misuse/2.jpg", "misuse/3.jpg", "misuse/4.jpg"), Instant.EPOCH)).key());
    }
}
