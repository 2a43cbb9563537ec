package vn.ocop.portal.logouse.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.ocop.portal.catalogue.entity.AdministrativeUnit;
import vn.ocop.portal.platform.entity.Refused;
import vn.ocop.portal.producer.entity.Producer;
import vn.ocop.portal.producer.entity.ProducerType;

class InspectionTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    private static Inspection inspection() throws Exception {
        Producer producer = new Producer("HTX Chè Tân Lạc", ProducerType.values()[0], (AdministrativeUnit) null);
        return new Inspection(producer, null, " Chợ Tân Lạc ", DAY, "Nguyễn Văn Kiểm", "admin", Instant.EPOCH);
    }

    @Test
    void findingsAreRecordedOnADayAndMakeTheInspectionDone() throws Exception {
        Inspection inspection = inspection();
        assertEquals(InspectionStatus.PLANNED, inspection.getStatus());
        assertEquals("Chợ Tân Lạc", inspection.getPlace());
        assertEquals("inspections.error.findingsRequired",
            assertThrows(Refused.class, () -> inspection.recordFindings(DAY, " ")).key());
        inspection.recordFindings(DAY, "Nhãn 5 sao trên sản phẩm 4 sao");
        assertEquals(InspectionStatus.DONE, inspection.getStatus());
    }

    @Test
    void aViolationBelongsToTheInspectedProducerAndItsFollowUpIsCheckedOnce() throws Exception {
        Inspection inspection = inspection();
        Violation violation = inspection.found(ViolationType.HIGHER_STAR_THAN_CERTIFIED, "5 sao thay vì 4", null, null,
            "Cảnh cáo", DAY, DAY.plusDays(15));
        assertSame(inspection.getProducer(), violation.getProducer());
        assertEquals(1, inspection.getViolations().size());
        assertTrue(violation.isFollowUpOpen());
        violation.followedUp("Đã gỡ nhãn");
        assertFalse(violation.isFollowUpOpen());
        assertEquals("Cảnh cáo — Đã gỡ nhãn", violation.getSanction());
        assertEquals("inspections.error.noOpenFollowUp", assertThrows(Refused.class, () -> violation.followedUp(null)).key());
    }

    @Test
    void aViolationNeedsATypeADescriptionAndAFollowUpNotBeforeItWasFound() throws Exception {
        Inspection inspection = inspection();
        assertEquals("inspections.error.typeRequired", assertThrows(Refused.class,
            () -> inspection.found(null, "x", null, null, null, DAY, null)).key());
        assertEquals("inspections.error.descriptionRequired", assertThrows(Refused.class,
            () -> inspection.found(ViolationType.OTHER, "", null, null, null, DAY, null)).key());
        assertEquals("inspections.error.followUpBeforeFound", assertThrows(Refused.class,
            () -> inspection.found(ViolationType.OTHER, "x", null, null, null, DAY, DAY.minusDays(1))).key());
        assertEquals("inspections.error.uncertifiedWithLogoUse", assertThrows(Refused.class,
            () -> inspection.found(ViolationType.MARK_ON_UNCERTIFIED_PRODUCT, "x", null, new LogoUse(), null, DAY, null)).key());
        assertEquals(0, inspection.getViolations().size());
    }
}
