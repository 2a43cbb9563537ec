package vn.ocop.portal.logouse.boundary;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import vn.ocop.portal.logouse.entity.LogoUse;
import vn.ocop.portal.logouse.entity.LogoUseStatus;
import vn.ocop.portal.logouse.entity.StampBatch;
import vn.ocop.portal.logouse.entity.UseForm;

/**
 * The office's API for the mark: {@code GET/POST /api/v1/admin/logo-use}, {@code POST /api/v1/admin/logo-use/run}
 * (the daily end-of-rights pass, now) and {@code POST /api/v1/admin/stamp-batches}. Refusals answer 400 with the reason.
 */
@Path("admin")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class LogoUseResource {

    @Inject
    LogoUses uses;

    @Inject
    StampBatches batches;

    @Inject
    LogoUseRights rights;

    @GET
    @Path("logo-use")
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Logo-use records, newest first; status=ACTIVE|MUST_STOP|MUST_CHANGE_STARS|STOPPED")
    public List<Use> list(@QueryParam("status") String status, @QueryParam("first") @DefaultValue("0") int first,
                          @QueryParam("max") @DefaultValue("50") int max) {
        return uses.list(statuses(status), first, max).stream().map(Use::of).toList();
    }

    @POST
    @Path("logo-use")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Record a logo use (without artwork: the page uploads it); 400 with the reason when refused")
    public Response record(@NotNull @Valid LogoUseForm form, @Context SecurityContext caller) {
        return Response.status(Response.Status.CREATED).entity(Use.of(uses.record(form, null, actor(caller)))).build();
    }

    @POST
    @Path("logo-use/run")
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Apply the daily end of rights now (expired, revoked, suspended, fewer stars); idempotent")
    public LogoUseRights.Run run() {
        return rights.runDaily();
    }

    @POST
    @Path("stamp-batches")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Record a batch of issued stamps; overlapping serials or a wrong quantity answer 400")
    public Response recordBatch(@NotNull @Valid StampBatchForm form, @Context SecurityContext caller) {
        return Response.status(Response.Status.CREATED).entity(Batch.of(batches.record(form, actor(caller)))).build();
    }

    private static String actor(SecurityContext caller) {
        return caller.getUserPrincipal().getName();
    }

    static Set<LogoUseStatus> statuses(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        try {
            return EnumSet.of(LogoUseStatus.valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("status must be one of ACTIVE, MUST_STOP, MUST_CHANGE_STARS, STOPPED");
        }
    }

    public record Use(long id, String certificateNumber, String product, UseForm form, int stars, LocalDate validFrom,
                      LocalDate validUntil, LogoUseStatus status, String artwork, String notes, int version) {
        static Use of(LogoUse u) {
            return new Use(u.getId(), u.getCertificate().getNumber(), u.getCertificate().getProduct().getName(), u.getForm(),
                u.getStars().getValue(), u.getValidFrom(), u.getValidUntil(), u.getStatus(),
                u.getArtwork() == null ? null : "/images/" + u.getArtwork(), u.getNotes(), u.getVersion());
        }
    }

    public record Batch(long id, String batchCode, String certificateNumber, String first, String last, long quantity,
                        LocalDate issuedOn) {
        static Batch of(StampBatch b) {
            return new Batch(b.getId(), b.getBatchCode(), b.getCertificate().getNumber(), b.getSerialPrefix() + b.getFirstNumber(),
                b.getSerialPrefix() + b.getLastNumber(), b.getQuantity(), b.getIssuedOn());
        }
    }
}
