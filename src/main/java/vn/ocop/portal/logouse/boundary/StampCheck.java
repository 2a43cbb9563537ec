package vn.ocop.portal.logouse.boundary;

import java.time.LocalDate;

import vn.ocop.portal.certification.boundary.CertificateView;

/**
 * What the public learns of one stamp serial: either that it was never issued, or the batch, the product and the
 * certificate it was issued for, with that certificate's status today. A class with getters, for the pages' EL.
 */
public class StampCheck {

    private final String serial;
    private final String batchCode;
    private final LocalDate issuedOn;
    private final CertificateView certificate;

    StampCheck(String serial, String batchCode, LocalDate issuedOn, CertificateView certificate) {
        this.serial = serial;
        this.batchCode = batchCode;
        this.issuedOn = issuedOn;
        this.certificate = certificate;
    }

    static StampCheck neverIssued(String serial) {
        return new StampCheck(serial, null, null, null);
    }

    public String getSerial() {
        return serial;
    }

    public boolean isIssued() {
        return certificate != null;
    }

    /** Whether the product may carry the mark today: issued, and its certificate valid (or expiring) now. */
    public boolean isValidNow() {
        return certificate != null && certificate.getStatus().isValid();
    }

    /** VALID, NOT_VALID or NEVER_ISSUED: what the page's verdict says. */
    public String getVerdict() {
        return !isIssued() ? "NEVER_ISSUED" : isValidNow() ? "VALID" : "NOT_VALID";
    }

    public String getBatchCode() {
        return batchCode;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public CertificateView getCertificate() {
        return certificate;
    }
}
