package vn.ocop.portal.logouse.boundary;

import java.time.LocalDate;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.ocop.portal.certification.entity.CertificateStatus;
import vn.ocop.portal.platform.entity.NotFound;

/** {@code GET /api/v1/stamps/{serial}}: the public stamp check as JSON; 404 with the reason for a serial never issued. */
@Path("stamps")
@PermitAll
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class StampsResource {

    @Inject
    StampChecks checks;

    @GET
    @Path("{serial}")
    @Operation(summary = "Which product and certificate a stamp serial was issued for, and whether it is valid now")
    public Stamp check(@PathParam("serial") String serial) {
        StampCheck check = checks.check(serial);
        if (!check.isIssued()) {
            throw new NotFound("Stamp serial " + check.getSerial() + " was never issued by the OCOP office");
        }
        var c = check.getCertificate();
        return new Stamp(check.getSerial(), check.getBatchCode(), check.getIssuedOn(), c.getProduct(), c.getProducer(),
            c.getCertificateNumber(), c.getStars(), c.getStatus(), c.getExpiresOn(), check.isValidNow());
    }

    public record Stamp(String serial, String batch, LocalDate issuedOn, String product, String producer,
                        String certificateNumber, int stars, CertificateStatus status, LocalDate expiresOn, boolean validNow) {
    }
}
