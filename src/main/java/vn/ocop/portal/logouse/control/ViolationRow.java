package vn.ocop.portal.logouse.control;

import java.time.LocalDate;

/** One violation as the export writes it. */
public record ViolationRow(long id, LocalDate foundOn, String type, String producer, String province,
                           String certificate, Long logoUseId, String description, String sanction,
                           LocalDate followUpOn, boolean followedUp, long inspectionId) {
}
