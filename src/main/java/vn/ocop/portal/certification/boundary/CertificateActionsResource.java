package vn.ocop.portal.certification.boundary;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@Path("admin/certificates/{number}")
@RolesAllowed("ADMIN")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class CertificateActionsResource {

    @Inject
    CertificateActions actions;

    @Inject
    CertificateRecords records;

    @GET
    @RolesAllowed({"ADMIN", "COMMERCE"})
    @SecurityRequirement(name = "admin")
    @Operation(summary = "The certificate as the office keeps it: facts with their version, decision, product and "
        + "producer (each with its version), and the product's history")
    @APIResponse(responseCode = "404", description = "No such certificate")
    public CertificateRecord record(@PathParam("number") String number) {
        return records.record(number);
    }

    @PUT
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Correct the certificate's stars, score and group label, from the version read",
        description = "The stars must be those of the score's band. An edit from an older version answers 409 and "
            + "changes nothing: reload and edit again.")
    @APIResponse(responseCode = "409", description = "Changed by someone else since it was read")
    public CertificateRecord correct(@PathParam("number") String number, @Valid @NotNull CertificateCorrection body,
        @Context SecurityContext caller) {
        return records.correct(number, body, caller.getUserPrincipal().getName());
    }

    @POST
    @Path("reevaluation")
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Record a re-evaluation: a new certificate (higher or lower stars) replaces this one, the "
        + "product's current certificate, which stays in its history",
        description = "The decision is decisionId, or decisionNumber, decisionDate, issuingLevel and issuingAuthority "
            + "(found or created); it must not be older than the current certificate's.")
    @APIResponse(responseCode = "200", description = "The new certificate")
    public CertificateRecord reevaluate(@PathParam("number") String number, @Valid @NotNull Reevaluation body,
        @Context SecurityContext caller) {
        return records.reevaluate(number, body, caller.getUserPrincipal().getName());
    }

    @POST
    @Path("suspension")
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Suspend an active certificate from a date, with a reason the public reads")
    public CertificateView suspend(@PathParam("number") String number, @Valid @NotNull WithReason body,
        @Context SecurityContext caller) {
        return actions.suspend(number, body.getOn(), body.getReason(), caller.getUserPrincipal().getName());
    }

    @POST
    @Path("reinstatement")
    @SecurityRequirement(name = "admin")
    @Operation(summary = "End a suspension from a date")
    public CertificateView reinstate(@PathParam("number") String number, @Valid @NotNull Dated body,
        @Context SecurityContext caller) {
        return actions.reinstate(number, body.getOn(), caller.getUserPrincipal().getName());
    }

    @POST
    @Path("revocation")
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Revoke an active or suspended certificate from a date, with a reason; revocation is final")
    public CertificateView revoke(@PathParam("number") String number, @Valid @NotNull WithReason body,
        @Context SecurityContext caller) {
        return actions.revoke(number, body.getOn(), body.getReason(), caller.getUserPrincipal().getName());
    }

    /** {@code {"on": "2026-11-20"}} */
    public static class Dated {
        @NotNull
        private LocalDate on;

        public LocalDate getOn() {
            return on;
        }

        public void setOn(LocalDate on) {
            this.on = on;
        }
    }

    /** {@code {"on": "2026-11-20", "reason": "..."}} */
    public static class WithReason extends Dated {
        @NotBlank
        @Size(max = 500)
        private String reason;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
