package vn.ocop.portal.producer.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The signed-in producer's profile (its public page). The body is checked by the boundary, not by constraints on the
 * parameter (they make Payara's OpenAPI scanner fail): a wrong field answers 400 with its reason.
 */
@Path("producer/profile")
@RolesAllowed("PRODUCER")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class OwnProfileResource {

    @Inject
    OwnProfiles profiles;

    @GET
    @SecurityRequirement(name = "admin")
    @Operation(summary = "The signed-in producer's profile: registered facts (read-only), story, address, map position, contact, links, photos")
    public OwnProfile profile() {
        return profiles.profile();
    }

    @PUT
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Change the story, address, position (latitude -90..90 and longitude -180..180, both or neither), "
        + "phone, e-mail, website and links (https only, at most 5), from the version read")
    @APIResponse(responseCode = "400", description = "A field is wrong; the reason says which")
    @APIResponse(responseCode = "409", description = "Changed meanwhile")
    public OwnProfile update(OwnProfile body) {
        return profiles.update(body);
    }
}
