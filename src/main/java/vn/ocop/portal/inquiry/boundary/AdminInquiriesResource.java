package vn.ocop.portal.inquiry.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The commerce department's inbox (inquiries routed to it; the office sees all), its figures, and the retention
 * run for the office.
 */
@Path("admin/inquiries")
@RolesAllowed({"ADMIN", "COMMERCE"})
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AdminInquiriesResource {

    @Inject
    Inquiries inquiries;

    @Inject
    InquiryRetention retention;

    @GET
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Inquiries routed to the commerce department (all, for ADMIN) with one status, newest first")
    public List<InquiryJson.Row> inbox(@QueryParam("status") @DefaultValue("NEW") String status,
                                       @Context SecurityContext caller) {
        return inquiries.inbox(ProducerInquiriesResource.name(caller), ProducerInquiriesResource.status(status))
            .stream().map(InquiryJson.Row::of).toList();
    }

    @GET
    @Path("{id: [0-9]+}")
    @SecurityRequirement(name = "admin")
    @Operation(summary = "One inquiry with contact data and thread")
    public InquiryJson inquiry(@PathParam("id") long id, @Context SecurityContext caller) {
        return InquiryJson.of(inquiries.inquiry(id, ProducerInquiriesResource.name(caller)));
    }

    @POST
    @Path("{id: [0-9]+}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Reply {text} to the buyer by e-mail")
    public InquiryJson reply(@PathParam("id") long id, ProducerInquiriesResource.Text reply, @Context SecurityContext caller) {
        return InquiryJson.of(inquiries.reply(id, reply == null ? null : reply.getText(),
            ProducerInquiriesResource.name(caller)));
    }

    @POST
    @Path("{id: [0-9]+}/closure")
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Close the inquiry")
    public InquiryJson close(@PathParam("id") long id, @Context SecurityContext caller) {
        return InquiryJson.of(inquiries.close(id, ProducerInquiriesResource.name(caller)));
    }

    @GET
    @Path("dashboard")
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Supply–demand connection: inquiries and answered ones, in total, per month, group and province")
    public Inquiries.Figures dashboard() {
        return inquiries.figures();
    }

    @POST
    @Path("retention/run")
    @RolesAllowed("ADMIN")
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Erase now the personal data of inquiries closed more than 12 months ago, as the nightly run does")
    public InquiryRetention.Run runRetention(@Context SecurityContext caller) {
        return retention.run(ProducerInquiriesResource.name(caller));
    }
}
