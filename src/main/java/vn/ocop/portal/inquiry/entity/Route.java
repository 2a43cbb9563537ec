package vn.ocop.portal.inquiry.entity;

/** Who answers an inquiry: the product's producer, or the commerce department when the producer has no active account. */
public enum Route {
    PRODUCER, COMMERCE
}
