package vn.ocop.portal.inquiry.entity;

/** Where an inquiry stands in its recipient's inbox. */
public enum InquiryStatus {
    NEW, REPLIED, CLOSED
}
