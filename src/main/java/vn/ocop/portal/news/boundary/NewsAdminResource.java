package vn.ocop.portal.news.boundary;

import java.io.IOException;
import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import vn.ocop.portal.news.entity.Announcement;
import vn.ocop.portal.news.entity.AnnouncementDraft;
import vn.ocop.portal.news.entity.Attachment;
import vn.ocop.portal.news.entity.ChangedMeanwhile;
import vn.ocop.portal.news.entity.NewsRefused;
import vn.ocop.portal.platform.boundary.ApiError;

/** Writing news over HTTP, for the office's and the commerce department's own tools. */
@Path("admin/news")
@RolesAllowed({"ADMIN", "COMMERCE"})
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class NewsAdminResource {

    @Inject
    Announcements announcements;

    /** What a write answers: enough to edit again (the version) and to find the page. */
    public record Saved(long id, String slug, int version, boolean published) {
        static Saved of(Announcement a) {
            return new Saved(a.getId(), a.getSlug(), a.getVersion(), a.getPublishAt() != null);
        }
    }

    public record Attached(long id, String name, String type, long size) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Create an announcement: titleVi, bodyVi (HTML, sanitised), titleEn, bodyEn, slug, publishAt (Vietnam time; none: a draft)")
    public Response create(@Valid @NotNull AnnouncementDraft draft, @Context SecurityContext caller) {
        return Response.status(Response.Status.CREATED)
            .entity(Saved.of(announcements.create(draft, caller.getUserPrincipal().getName()))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Replace an announcement's texts and publish moment; version must be the one read (else 409)")
    public Response update(@PathParam("id") long id, @Valid @NotNull AnnouncementDraft draft, @Context SecurityContext caller) {
        try {
            return Response.ok(Saved.of(announcements.update(id, draft, caller.getUserPrincipal().getName()))).build();
        } catch (ChangedMeanwhile conflict) {
            return ApiError.response(Response.Status.CONFLICT, conflict.getMessage());
        }
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Attach the request body as a file named by ?name=; its type is read from its content")
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name, InputStream body,
        @Context SecurityContext caller) throws IOException {
        byte[] content = body.readNBytes((int) Attachment.MAX_BYTES + 1);
        if (content.length > Attachment.MAX_BYTES) {
            throw new NewsRefused("news.error.fileTooLarge", "The file is larger than 20 MB.");
        }
        Attachment a = announcements.attach(id, name, content, caller.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED)
            .entity(new Attached(a.getId(), a.getFileName(), a.getType().contentType(), a.getSize())).build();
    }

    @POST
    @Path("{id}/unpublication")
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Take an announcement back to a draft")
    public Saved unpublish(@PathParam("id") long id, @Context SecurityContext caller) {
        return Saved.of(announcements.unpublish(id, caller.getUserPrincipal().getName()));
    }

    @DELETE
    @Path("{id}")
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Delete an announcement and its files")
    public Response delete(@PathParam("id") long id, @Context SecurityContext caller) {
        announcements.delete(id, caller.getUserPrincipal().getName());
        return Response.noContent().build();
    }
}
