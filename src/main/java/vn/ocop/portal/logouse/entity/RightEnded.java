package vn.ocop.portal.logouse.entity;

/** Why a certificate's right to the mark ended: the event that turns its active logo uses. */
public enum RightEnded {
    EXPIRED, REVOKED, SUSPENDED, SUPERSEDED_FEWER_STARS;

    /** Fewer stars only means printing the new star level; every other end means stopping. */
    public LogoUseStatus statusOfActiveUses() {
        return this == SUPERSEDED_FEWER_STARS ? LogoUseStatus.MUST_CHANGE_STARS : LogoUseStatus.MUST_STOP;
    }
}
