package vn.ocop.portal.producer.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import vn.ocop.portal.producer.entity.Producer;

/** {@code PUT /api/v1/admin/producers/{id}/email {"email": "htx@example.vn"}}: where the producer's notices go. */
@Path("admin/producers/{id}/email")
@RolesAllowed("ADMIN")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ProducerContactResource {

    @Inject
    ProducerContacts contacts;

    @PUT
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Set (or, with an empty email, clear) the producer's e-mail address")
    public EmailJson change(@PathParam("id") long id, @Valid @NotNull EmailJson body, @Context SecurityContext caller) {
        Producer producer = contacts.changeEmail(id, body.getEmail(), caller.getUserPrincipal().getName());
        EmailJson answer = new EmailJson();
        answer.setEmail(producer.getEmail());
        return answer;
    }

    /** {@code {"email": "..."}} */
    public static class EmailJson {
        @Email
        @Size(max = Producer.EMAIL_LENGTH)
        private String email;

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }
}
