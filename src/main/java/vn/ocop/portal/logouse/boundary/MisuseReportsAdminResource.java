package vn.ocop.portal.logouse.boundary;

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

import vn.ocop.portal.logouse.entity.MisuseReport;
import vn.ocop.portal.logouse.entity.ReportStatus;
import vn.ocop.portal.platform.entity.Refused;

/** {@code GET /api/v1/admin/misuse-reports}: the OCOP office's inbox, with the reporters' contacts. ADMIN only. */
@Path("admin/misuse-reports")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class MisuseReportsAdminResource {

    private static final int MAX = 200;

    @Inject
    MisuseReports reports;

    public record Report(long id, String productOrBrand, String whereSeen, String description, String contact,
                         List<String> photos, String status, String outcome, String receivedAt, Long inspectionId) {
        static Report of(MisuseReport r) {
            return new Report(r.getId(), r.getProductOrBrand(), r.getWhereSeen(), r.getDescription(), r.getContact(),
                r.getPhotos().stream().map(p -> "/images/" + p).toList(), r.getStatus().name(), r.getOutcome(),
                r.getReceivedAt().toString(), r.getInspection() == null ? null : r.getInspection().getId());
        }
    }

    @GET
    @SecurityRequirement(name = "admin")
    @Operation(summary = "The newest misuse reports (at most 200), optionally in one status: NEW, INVESTIGATING, CLOSED")
    public List<Report> inbox(@QueryParam("status") String status) {
        return reports.inbox(status(status), 0, MAX).stream().map(Report::of).toList();
    }

    private static ReportStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ReportStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Refused("misuse.error.status");
        }
    }
}
