package vn.ocop.portal.certification.entity;

/**
 * What the office has done to a certificate. Expiry is not a state: it follows from the date, so that a certificate
 * stops being valid on the morning of its expiry with no one pressing a button.
 */
public enum CertificateState {
    ACTIVE, SUSPENDED, REVOKED, SUPERSEDED
}
