package vn.ocop.portal.logouse.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import vn.ocop.portal.certification.boundary.CertificateView;
import vn.ocop.portal.certification.boundary.Validity;
import vn.ocop.portal.logouse.entity.SerialRange;
import vn.ocop.portal.logouse.entity.StampBatch;

/** The public stamp check: which product and certificate a printed serial was issued for, and whether it is valid. */
@Stateless
@PermitAll
public class StampChecks {

    /** Longer input is no serial; it is not echoed back whole. */
    public static final int MAX_INPUT = 40;

    @Inject
    StampBatches batches;

    @Inject
    Validity validity;

    public StampCheck check(String typed) {
        String shown = typed == null ? "" : typed.strip();
        if (shown.length() > MAX_INPUT) {
            shown = shown.substring(0, MAX_INPUT);
        }
        var serial = SerialRange.Serial.parse(shown);
        if (serial.isEmpty()) {
            return StampCheck.neverIssued(shown);
        }
        var batch = batches.ofSerial(serial.get());
        if (batch.isEmpty()) {
            return StampCheck.neverIssued(shown);
        }
        StampBatch found = batch.get();
        return new StampCheck(shown, found.getBatchCode(), found.getIssuedOn(),
            new CertificateView(found.getCertificate(), validity.statusOf(found.getCertificate())));
    }
}
