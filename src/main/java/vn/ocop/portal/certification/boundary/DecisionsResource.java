package vn.ocop.portal.certification.boundary;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@Path("admin/decisions")
@RolesAllowed("ADMIN")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class DecisionsResource {

    @Inject
    Decisions decisions;

    @POST
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Record a decision with its certificates, in one transaction",
        description = "Each certificate names an existing product (productId) or a product by name under an existing "
            + "producer (producerId) or a producer by name and province (a new one needs producerType). A duplicate "
            + "certificate number or a score outside the stars' band refuses the whole decision: nothing is written.")
    @APIResponse(responseCode = "201", description = "The decision with its certificates")
    @APIResponse(responseCode = "400", description = "{\"error\": reason}, naming each refused certificate")
    public Response create(@Valid @NotNull DecisionForm form, @Context SecurityContext caller) {
        DecisionView created = decisions.create(form, caller.getUserPrincipal().getName());
        return Response.created(URI.create("api/v1/admin/decisions/" + created.getId())).entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"ADMIN", "COMMERCE"})
    @SecurityRequirement(name = "admin")
    @Operation(summary = "A decision with its certificates and their statuses today")
    @APIResponse(responseCode = "404", description = "No such decision")
    public DecisionView decision(@PathParam("id") long id) {
        return decisions.decision(id);
    }

    @GET
    @RolesAllowed({"ADMIN", "COMMERCE"})
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Decisions, newest first, filtered by number, authority (anywhere, ignoring case) and year")
    public List<DecisionSummary> list(@QueryParam("number") String number, @QueryParam("authority") String authority,
        @QueryParam("year") Integer year, @QueryParam("page") @DefaultValue("0") int page,
        @QueryParam("size") @DefaultValue("20") int size) {
        // Checked here, not by @Min/@Max: Payara 6's OpenAPI scanner fails on a bean-validation constraint on a query
        // parameter (it expects a path parameter), and /openapi would answer 500.
        if (page < 0 || size < 1 || size > 100) {
            throw new BadRequestException("page must be 0 or more and size between 1 and 100");
        }
        return decisions.find(number, authority, year, page * size, size);
    }
}
