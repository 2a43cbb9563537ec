package vn.ocop.portal.event.entity;

/** What kind of trade-promotion event it is. */
public enum EventType {
    FAIR, EXHIBITION, PRODUCT_WEEK, ONLINE_EVENT
}
