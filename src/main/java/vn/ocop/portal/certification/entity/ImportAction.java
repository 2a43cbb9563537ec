package vn.ocop.portal.certification.entity;

/** What an import does with a valid row of a list. */
public enum ImportAction {
    /** A certificate number the portal does not know: the certificate is added (and its product, when new). */
    ADD,
    /** A known certificate whose facts or product description the row corrects. */
    UPDATE,
    /** A known certificate the row says nothing new about. */
    UNCHANGED
}
