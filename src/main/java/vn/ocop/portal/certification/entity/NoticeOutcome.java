package vn.ocop.portal.certification.entity;

/**
 * What became of an expiry notice. SENT is final; FAILED and NO_ADDRESS are tried again on the next run (the server
 * may be back, the office may have added the address); PENDING marks a notice being sent right now, so that a second
 * run or a second instance leaves it alone.
 */
public enum NoticeOutcome {
    PENDING, SENT, FAILED, NO_ADDRESS
}
