package vn.ocop.portal.inquiry.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.ocop.portal.inquiry.entity.InquiryRequest;
import vn.ocop.portal.platform.boundary.PublicForms;
import vn.ocop.portal.platform.control.PublicAddress;

/** A visitor asks a product's producer for a quote, as the product page's form does. */
@Path("products/{id}/inquiries")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ProductInquiriesResource {

    public static final String FORM = "inquiry";

    @Inject
    Inquiries inquiries;

    @Inject
    PublicForms publicForms;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send an inquiry (request for a quote) about a product: name, organisation, phone and/or email, "
        + "quantity, unit, deliveryProvince, message; website must stay empty. Answers the inquiry's number and who "
        + "answers it (PRODUCER or COMMERCE). Limited per address and hour.")
    public Response send(@PathParam("id") long productId, @Valid @NotNull InquiryRequest inquiry) {
        publicForms.admit(FORM, request.getRemoteAddr(), inquiry.getWebsite());
        return Response.status(Response.Status.CREATED)
            .entity(inquiries.send(productId, inquiry, PublicAddress.of(request))).build();
    }
}
