package vn.ocop.portal.logouse.entity;

/** How far the office has got with a report from the public: new, being investigated, closed with an outcome. */
public enum ReportStatus {
    NEW,
    INVESTIGATING,
    CLOSED
}
