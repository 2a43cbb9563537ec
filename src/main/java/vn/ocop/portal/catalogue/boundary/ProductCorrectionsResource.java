package vn.ocop.portal.catalogue.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

@Path("admin/products/{id}")
@RolesAllowed("ADMIN")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ProductCorrectionsResource {

    @Inject
    ProductCorrections corrections;

    @PUT
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Correct a product's name, group, description and price, from the version read")
    @APIResponse(responseCode = "409", description = "Changed by someone else since it was read")
    public ProductFacts correct(@PathParam("id") long id, @Valid @NotNull ProductFacts body, @Context SecurityContext caller) {
        return corrections.correct(id, body, caller.getUserPrincipal().getName());
    }
}
