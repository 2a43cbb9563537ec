package vn.ocop.portal.event.entity;

/** Where a booth application stands: the commerce department decides each submitted one. */
public enum ApplicationStatus {
    SUBMITTED, ACCEPTED, REJECTED
}
