package vn.ocop.portal.account.boundary;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import vn.ocop.portal.platform.control.PublicAddress;

/** The office lists, approves and rejects requests for producer accounts. */
@Path("admin/account-requests")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class OfficeAccountRequestsResource {

    @Inject
    AccountRequests requests;

    @Context
    HttpServletRequest request;

    @GET
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Pending requests for producer accounts, oldest first")
    public List<Map<String, Object>> pending() {
        return requests.pending().stream().map(AccountRequests::json).toList();
    }

    @POST
    @Path("{id}/approval")
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Approve: the PRODUCER account (username given) is created and its one-time link mailed")
    public Response approve(@PathParam("id") long id, AccountRequestDecision decision,
                            @Context SecurityContext caller) {
        return Response.status(Response.Status.CREATED)
            .entity(requests.approve(id, decision, PublicAddress.of(request), caller.getUserPrincipal().getName())).build();
    }

    @POST
    @Path("{id}/rejection")
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Reject with a reason, which is mailed to the address of the request")
    public Response reject(@PathParam("id") long id, AccountRequestDecision decision,
                           @Context SecurityContext caller) {
        requests.reject(id, decision, caller.getUserPrincipal().getName());
        return Response.noContent().build();
    }
}
