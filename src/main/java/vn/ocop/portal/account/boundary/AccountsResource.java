package vn.ocop.portal.account.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import vn.ocop.portal.platform.control.PublicAddress;

/** The office's accounts over HTTP: the same invitations, disables and resets as the page /admin/accounts. */
@Path("admin/accounts")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AccountsResource {

    private static final int MAX_PAGE = 100;

    @Inject
    Accounts accounts;

    @Context
    HttpServletRequest request;

    @GET
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Accounts in username order, a page at a time (first counts from 0; size 1 to 100)")
    public List<AccountView> list(@QueryParam("first") @DefaultValue("0") int first,
                                  @QueryParam("size") @DefaultValue("50") int size) {
        return accounts.page(Math.max(0, first), Math.max(1, Math.min(MAX_PAGE, size)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Invite a user: the account is created without a password, and a one-time link that sets it "
        + "(valid 72 hours) is mailed to the address; the link is never in the answer")
    public Response invite(Invitation invitation, @Context SecurityContext caller) {
        return Response.status(Response.Status.CREATED)
            .entity(accounts.invite(invitation, PublicAddress.of(request), caller.getUserPrincipal().getName())).build();
    }

    @POST
    @Path("{username}/disablement")
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Disable an account: it can no longer sign in, and its sessions end")
    public AccountView disable(@PathParam("username") String username, @Context SecurityContext caller) {
        return accounts.disable(username, caller.getUserPrincipal().getName());
    }

    @POST
    @Path("{username}/enablement")
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Enable a disabled account again")
    public AccountView enable(@PathParam("username") String username, @Context SecurityContext caller) {
        return accounts.enable(username, caller.getUserPrincipal().getName());
    }

    @POST
    @Path("{username}/password-reset")
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Reset a password: the old one stops working at once, and a new one-time link is mailed")
    public AccountView reset(@PathParam("username") String username, @Context SecurityContext caller) {
        return accounts.reset(username, PublicAddress.of(request), caller.getUserPrincipal().getName());
    }
}
