package vn.ocop.portal.producer.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The signed-in producer's own listings; another producer's product ids answer 404. */
@Path("producer/products")
@RolesAllowed("PRODUCER")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class OwnListingsResource {

    @Inject
    OwnListings listings;

    @GET
    @SecurityRequirement(name = "admin")
    @Operation(summary = "The signed-in producer's products with their certificates and listings")
    public List<OwnListing> mine() {
        return listings.mine();
    }

    @GET
    @Path("{id}")
    @SecurityRequirement(name = "admin")
    @Operation(summary = "One of the signed-in producer's listings")
    @APIResponse(responseCode = "404", description = "Not one of the caller's products")
    public OwnListing listing(@PathParam("id") long id) {
        return listings.listing(id);
    }

    @PUT
    @Path("{id}")
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Change a listing's description, price and buying details, from the version read")
    @APIResponse(responseCode = "404", description = "Not one of the caller's products")
    @APIResponse(responseCode = "409", description = "Changed meanwhile")
    public OwnListing update(@PathParam("id") long id, @Valid @NotNull OwnListing body) {
        return listings.update(id, body);
    }
}
