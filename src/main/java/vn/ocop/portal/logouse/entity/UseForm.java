package vn.ocop.portal.logouse.entity;

/** Where the mark may appear, as Decision 1162/QĐ-VPĐP-OCOP lists it. */
public enum UseForm {
    PACKAGING, LABEL_OR_STAMP, PREMISES, VEHICLES, ADVERTISING, TRANSACTION_PAPERS
}
