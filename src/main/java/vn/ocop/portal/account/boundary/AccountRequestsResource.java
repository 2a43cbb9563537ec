package vn.ocop.portal.account.boundary;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Anyone may ask for a producer account (spam-guarded); the office decides, see OfficeAccountRequestsResource. Refusals
 * are {@code 400 {"error": reason}}, {@code 429} past the hourly limit per address.
 * <p>
 * {@code @PermitAll} stays on the class, never on the method: for a method's {@code @PermitAll} Payara's own JAX-RS
 * roles feature calls {@code SecurityContext.authenticate} on every request, the portal's mechanism then writes its
 * HTTP Basic challenge into the response of an anonymous caller, and the resource's answer can no longer be written:
 * a 500 error page (this endpoint's defect until December 2026).
 */
@Path("account-requests")
@PermitAll
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class AccountRequestsResource {

    @Inject
    AccountRequests requests;

    @Context
    HttpServletRequest request;

    @POST
    @Operation(summary = "A producer asks for an account: producer id, business registration number, contact person, "
        + "phone and e-mail; the OCOP office decides and mails the answer")
    public Response submit(@Valid AccountRequestForm form) {
        long id = requests.submit(form, request.getRemoteAddr());
        return Response.status(Response.Status.ACCEPTED).entity(Map.of("id", id, "state", "PENDING")).build();
    }
}
