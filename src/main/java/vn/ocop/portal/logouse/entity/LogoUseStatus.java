package vn.ocop.portal.logouse.entity;

/**
 * Where a logo-use right stands. MUST_STOP and MUST_CHANGE_STARS are set by the portal itself when the certificate's
 * right ends; they stay on the inspection worklist until the office records the use as STOPPED.
 */
public enum LogoUseStatus {
    ACTIVE, MUST_STOP, MUST_CHANGE_STARS, STOPPED;

    public boolean needsInspection() {
        return this == MUST_STOP || this == MUST_CHANGE_STARS;
    }
}
