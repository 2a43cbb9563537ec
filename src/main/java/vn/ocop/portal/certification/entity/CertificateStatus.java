package vn.ocop.portal.certification.entity;

/** What a consumer is told about a certificate on a given day. */
public enum CertificateStatus {
    VALID, EXPIRING, EXPIRED, SUSPENDED, REVOKED, SUPERSEDED;

    /** May the product carry the OCOP mark with this status? */
    public boolean isValid() {
        return this == VALID || this == EXPIRING;
    }
}
