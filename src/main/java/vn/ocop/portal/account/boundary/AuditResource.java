package vn.ocop.portal.account.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import vn.ocop.portal.account.entity.AuditEntry;

@Path("admin/audit")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AuditResource {

    @Inject
    AuditLog audit;

    @GET
    @SecurityRequirement(name = "admin")
    @Operation(summary = "The newest 200 audit entries, for one subject (e.g. \"certificate OCOP-HOAB-2024-0202\") or all")
    public List<AuditEntry> entries(@QueryParam("subject") String subject) {
        return audit.newest(subject);
    }
}
