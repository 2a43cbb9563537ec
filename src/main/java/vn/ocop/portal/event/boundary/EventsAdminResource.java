package vn.ocop.portal.event.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.ocop.portal.event.entity.BoothApplication;
import vn.ocop.portal.event.entity.Event;
import vn.ocop.portal.platform.boundary.Images;

/** The commerce department's events and booth applications over HTTP: the same rules as the pages. */
@Path("admin/events")
@RolesAllowed({"ADMIN", "COMMERCE"})
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class EventsAdminResource {

    @Inject
    Events events;

    @Inject
    BoothApplications applications;

    public record Saved(long id, String name, int version, boolean published, int booths, List<String> images) {
        static Saved of(Event e) {
            return new Saved(e.getId(), e.getName(), e.getVersion(), e.isPublished(), e.getBooths(), e.getImages());
        }
    }

    public record Application(long id, long eventId, long producerId, String producer, List<Long> products,
                              String status, String note, String booth) {
        public static Application of(BoothApplication a) {
            return new Application(a.getId(), a.getEvent().getId(), a.getProducer().getId(), a.getProducer().getName(),
                a.getProducts().stream().map(p -> p.getId()).sorted().toList(), a.getStatus().name(), a.getNote(),
                a.getBoothNumber());
        }
    }

    /** {@code {"producerId": 3, "productIds": [12, 13]}} */
    public static class ApplicationRequest {
        @NotNull
        public Long producerId;
        @NotEmpty
        @Size(max = BoothApplication.MAX_PRODUCTS)
        public List<Long> productIds;
    }

    /** {@code {"booth": "A-12", "note": "..."}} */
    public static class Decision {
        @Size(max = BoothApplication.BOOTH_LENGTH)
        public String booth;
        @Size(max = BoothApplication.NOTE_LENGTH)
        public String note;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Create an event (unpublished): name, type, organiser, startsAt, endsAt, address, provinceId or province, latitude, longitude, booths, description, applicationsUntil")
    public Response create(@Valid @NotNull EventDraft draft, @Context SecurityContext caller) {
        return Response.status(Response.Status.CREATED).entity(Saved.of(events.create(draft, actor(caller)))).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An event as its editor sees it")
    public Saved one(@PathParam("id") long id) {
        return Saved.of(events.event(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Replace an event's details; version must be the one read (else 409)")
    public Saved update(@PathParam("id") long id, @Valid @NotNull EventDraft draft, @Context SecurityContext caller) {
        return Saved.of(events.update(id, draft, actor(caller)));
    }

    @POST
    @Path("{id}/publish")
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Publish an event: the public sees it and producers may apply")
    public Saved publish(@PathParam("id") long id, @Context SecurityContext caller) {
        return Saved.of(events.publish(id, true, actor(caller)));
    }

    @POST
    @Path("{id}/unpublish")
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Withdraw an event from the public")
    public Saved unpublish(@PathParam("id") long id, @Context SecurityContext caller) {
        return Saved.of(events.publish(id, false, actor(caller)));
    }

    @POST
    @Path("{id}/images")
    @Consumes(MediaType.WILDCARD)
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Add the request body (JPEG or PNG, at most 10 MB) as an image")
    public Response addImage(@PathParam("id") long id, InputStream body, @Context SecurityContext caller)
        throws IOException {
        byte[] content = Images.readLimited(body);
        return Response.status(Response.Status.CREATED).entity(Saved.of(events.addImage(id, content, actor(caller))))
            .build();
    }

    @GET
    @Path("{id}/applications")
    @Operation(summary = "An event's booth applications")
    public List<Application> applications(@PathParam("id") long id) {
        return applications.ofEvent(id).stream().map(Application::of).toList();
    }

    @POST
    @Path("{id}/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Apply for a booth on a producer's behalf; refused with a reason after the deadline or for a product without a certificate in force")
    public Response apply(@PathParam("id") long id, @Valid @NotNull ApplicationRequest body,
                          @Context SecurityContext caller) {
        return Response.status(Response.Status.CREATED)
            .entity(Application.of(applications.apply(id, body.producerId, body.productIds, actor(caller)))).build();
    }

    @POST
    @Path("applications/{applicationId}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Accept an application with a booth number and a note; refused when every booth is taken")
    public Application accept(@PathParam("applicationId") long applicationId, @Valid @NotNull Decision body,
                              @Context SecurityContext caller) {
        return Application.of(applications.accept(applicationId, body.booth, body.note, actor(caller)));
    }

    @POST
    @Path("applications/{applicationId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Reject an application with a note saying why")
    public Application reject(@PathParam("applicationId") long applicationId, @Valid @NotNull Decision body,
                              @Context SecurityContext caller) {
        return Application.of(applications.reject(applicationId, body.note, actor(caller)));
    }

    private static String actor(SecurityContext caller) {
        return caller.getUserPrincipal().getName();
    }
}
