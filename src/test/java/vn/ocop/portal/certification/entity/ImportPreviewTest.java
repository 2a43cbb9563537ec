package vn.ocop.portal.certification.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ocop.portal.certification.control.RowRejection;

/** A preview's fingerprint changes exactly when what the import would write changes. */
class ImportPreviewTest {

    static PlannedRow row(int line, ImportAction action, String supersedes, FieldChange... changes) {
        return new PlannedRow(line, action, "OCOP-" + line, "Mật ong", "HTX Đồng Văn", 4, LocalDate.of(2025, 3, 1),
            false, supersedes, List.of(changes));
    }

    static String fingerprint(List<PlannedRow> rows, RowRejection... rejected) {
        return new ImportPreview(rows, List.of(rejected), List.of()).getFingerprint();
    }

    @Test
    void theSamePlanHasTheSameFingerprintAndEveryDifferenceChangesIt() {
        List<PlannedRow> plan = List.of(row(2, ImportAction.ADD, null), row(3, ImportAction.UPDATE, null,
            new FieldChange("stars", "3", "4")), row(4, ImportAction.UNCHANGED, null));
        String original = fingerprint(plan, new RowRejection(5, "Điểm ngoài khung"));

        assertThat(fingerprint(List.copyOf(plan), new RowRejection(5, "Score outside the band")))
            .as("the reason's wording does not count").isEqualTo(original);
        assertThat(fingerprint(List.of(row(2, ImportAction.UNCHANGED, null), plan.get(1), plan.get(2)),
            new RowRejection(5, "x"))).as("another import added the certificate meanwhile").isNotEqualTo(original);
        assertThat(fingerprint(List.of(plan.get(0), row(3, ImportAction.UPDATE, null, new FieldChange("stars", "5", "4")),
            plan.get(2)), new RowRejection(5, "x"))).as("someone edited the certificate meanwhile").isNotEqualTo(original);
        assertThat(fingerprint(List.of(row(2, ImportAction.ADD, "OCOP-1"), plan.get(1), plan.get(2)),
            new RowRejection(5, "x"))).as("it would now supersede a certificate").isNotEqualTo(original);
        assertThat(fingerprint(plan, new RowRejection(6, "x"))).isNotEqualTo(original);
        assertThat(fingerprint(plan)).isNotEqualTo(original);
    }

    @Test
    void rowsAreSortedByWhatTheImportDoesWithThem() {
        ImportPreview preview = new ImportPreview(List.of(row(2, ImportAction.ADD, null), row(3, ImportAction.UNCHANGED, null),
            row(4, ImportAction.ADD, null)), List.of(), List.of());
        assertThat(preview.getAdded()).extracting(PlannedRow::getLine).containsExactly(2, 4);
        assertThat(preview.getUnchanged()).extracting(PlannedRow::getLine).containsExactly(3);
        assertThat(preview.getUpdated()).isEmpty();
        assertThat(preview.isWriting()).isTrue();
        assertThat(new ImportPreview(List.of(row(3, ImportAction.UNCHANGED, null)), List.of(), List.of()).isWriting()).isFalse();
    }
}
