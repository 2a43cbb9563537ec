package vn.ocop.portal.logouse.entity;

/** An inspection is planned, then carried out (its findings recorded). */
public enum InspectionStatus {
    PLANNED,
    DONE
}
