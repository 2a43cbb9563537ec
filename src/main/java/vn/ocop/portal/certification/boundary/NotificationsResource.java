package vn.ocop.portal.certification.boundary;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import vn.ocop.portal.certification.entity.NoticeOutcome;
import vn.ocop.portal.platform.entity.BusinessException;

/** The expiry notices: run them now (for operators and tests), and read their log. */
@Path("admin/notifications")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class NotificationsResource {

    @Inject
    NotificationRuns runs;

    @Inject
    ExpiryNotices notices;

    @POST
    @Path("run")
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Send the expiry notices due today now, as the daily run does; answers what it did")
    public ExpiryNotifications.Run run(@Context SecurityContext caller) {
        return runs.runAs(caller.getUserPrincipal().getName());
    }

    @GET
    @SecurityRequirement(name = "admin")
    @Operation(summary = "The notice log, newest first; outcome=SENT|FAILED|NO_ADDRESS|PENDING, or certificate=number")
    public List<NoticeLogEntry> log(@QueryParam("outcome") String outcome, @QueryParam("certificate") String certificate,
                              @QueryParam("first") @DefaultValue("0") int first,
                              @QueryParam("max") @DefaultValue("50") int max) {
        return certificate != null && !certificate.isBlank() ? notices.ofCertificate(certificate)
            : notices.newest(outcome(outcome), first, max);
    }

    static NoticeOutcome outcome(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return NoticeOutcome.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("outcome must be SENT, FAILED, NO_ADDRESS or PENDING, not " + text.strip());
        }
    }
}
