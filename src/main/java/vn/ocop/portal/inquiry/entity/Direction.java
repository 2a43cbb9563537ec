package vn.ocop.portal.inquiry.entity;

/** A message of the thread: what the buyer sent, or what the recipient answered from the portal. */
public enum Direction {
    FROM_BUYER, TO_BUYER
}
