package vn.ocop.portal.logouse.entity;

/** The kinds of misuse of the OCOP mark that Decision 1162/QĐ-VPĐP-OCOP and the provinces' inspections name. */
public enum ViolationType {
    MARK_ON_UNCERTIFIED_PRODUCT,
    USE_AFTER_EXPIRY_OR_REVOCATION,
    HIGHER_STAR_THAN_CERTIFIED,
    DISTORTED_OR_MISLEADING_MARK,
    COUNTERFEIT_GOODS,
    OTHER
}
