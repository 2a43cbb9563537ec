package vn.ocop.portal.producer.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import vn.ocop.portal.catalogue.entity.Product;

/** The office hides a product's listing from the public (PUT with a reason) or shows it again (DELETE). */
@Path("admin/products/{id}/hiding")
@RolesAllowed("ADMIN")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ListingHidingResource {

    /** The body of the PUT. */
    public static class Hiding {
        @Size(max = Product.HIDDEN_REASON_LENGTH, message = "{ocop.tooLong}")
        private String reason;

        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    @Inject
    ListingHiding hiding;

    @PUT
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Hide a listing from the public pages, with the reason the producer sees")
    public Response hide(@PathParam("id") long id, @Valid Hiding body, @Context SecurityContext caller) {
        hiding.hide(id, body == null ? null : body.getReason(), caller.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    @DELETE
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Show a hidden listing again")
    public Response show(@PathParam("id") long id, @Context SecurityContext caller) {
        hiding.show(id, caller.getUserPrincipal().getName());
        return Response.noContent().build();
    }
}
