package vn.ocop.portal.certification.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("certificates")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class CertificatesResource {

    @Inject
    Certificates certificates;

    @GET
    @Path("{number}")
    @Operation(summary = "The current status of one certificate, by the number printed on the package")
    public CertificateView certificate(@PathParam("number") String number) {
        return certificates.byNumber(number);
    }
}
