package vn.ocop.portal.inquiry.boundary;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.ocop.portal.inquiry.entity.InquiryStatus;
import vn.ocop.portal.platform.entity.BusinessException;

/** A producer's inquiry inbox over HTTP. Another producer's inquiry answers 404, as one that does not exist. */
@Path("producer/inquiries")
@RolesAllowed("PRODUCER")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ProducerInquiriesResource {

    @Inject
    Inquiries inquiries;

    /** A reply or a note. */
    public static class Text {
        private String text;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    @GET
    @Operation(summary = "The producer's inquiries with one status (NEW, REPLIED or CLOSED; default NEW), newest first")
    public List<InquiryJson.Row> inbox(@QueryParam("status") @DefaultValue("NEW") String status,
                                       @Context SecurityContext caller) {
        return inquiries.inbox(name(caller), status(status)).stream().map(InquiryJson.Row::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the producer's inquiries, with the buyer's contact, the thread and the note")
    public InquiryJson inquiry(@PathParam("id") long id, @Context SecurityContext caller) {
        return InquiryJson.of(inquiries.inquiry(id, name(caller)));
    }

    @POST
    @Path("{id}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reply {text}: mailed to the buyer's e-mail and kept in the thread")
    public InquiryJson reply(@PathParam("id") long id, Text reply, @Context SecurityContext caller) {
        return InquiryJson.of(inquiries.reply(id, reply == null ? null : reply.getText(), name(caller)));
    }

    @PUT
    @Path("{id}/note")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the producer's private note {text}")
    public InquiryJson note(@PathParam("id") long id, Text note, @Context SecurityContext caller) {
        return InquiryJson.of(inquiries.annotate(id, note == null ? null : note.getText(), name(caller)));
    }

    @POST
    @Path("{id}/closure")
    @Operation(summary = "Close the inquiry; its personal data is erased 12 months later")
    public InquiryJson close(@PathParam("id") long id, @Context SecurityContext caller) {
        return InquiryJson.of(inquiries.close(id, name(caller)));
    }

    static String name(SecurityContext caller) {
        return caller.getUserPrincipal().getName();
    }

    static InquiryStatus status(String text) {
        try {
            return InquiryStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("status must be NEW, REPLIED or CLOSED");
        }
    }
}
