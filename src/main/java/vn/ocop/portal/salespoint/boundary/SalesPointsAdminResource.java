package vn.ocop.portal.salespoint.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.platform.boundary.Images;
import vn.ocop.portal.salespoint.entity.SalesPoint;

/** The commerce department's sales points over HTTP: the same rules as the pages. */
@Path("admin/sales-points")
@RolesAllowed({"ADMIN", "COMMERCE"})
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class SalesPointsAdminResource {

    @Inject
    SalesPoints salesPoints;

    public record Listed(long id, String name, String certificate, String status, LocalDate expiresOn) {
        static Listed of(Product p) {
            var c = p.getCurrentCertificate();
            return new Listed(p.getId(), p.getName(), c == null ? null : c.getNumber(), c == null ? null : c.getState().name(),
                c == null ? null : c.getExpiresOn());
        }
    }

    /** A point as its editor sees it: every listed product, and those to take off the shelves. */
    public record Saved(long id, String name, int version, List<Listed> products, List<Listed> toRemove,
                        List<String> photos) {
    }

    /** {@code {"productId": 12}} */
    public record ProductRef(@NotNull Long productId) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Create a sales point: name, type, address, provinceId, latitude, longitude, openingHours, contact, shopUrl (https)")
    public Response create(@Valid @NotNull SalesPointDraft draft, @Context SecurityContext caller) {
        return Response.status(Response.Status.CREATED).entity(saved(salesPoints.create(draft, actor(caller)))).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A sales point with all listed products and those to take off the shelves")
    public Saved one(@PathParam("id") long id) {
        return saved(salesPoints.point(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Replace a sales point's details; version must be the one read (else 409)")
    public Saved update(@PathParam("id") long id, @Valid @NotNull SalesPointDraft draft, @Context SecurityContext caller) {
        return saved(salesPoints.update(id, draft, actor(caller)));
    }

    @POST
    @Path("{id}/products")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "admin")
    @Operation(summary = "List a product at the point; refused with a reason unless its certificate is in force")
    public Saved carry(@PathParam("id") long id, @Valid @NotNull ProductRef body, @Context SecurityContext caller) {
        return saved(salesPoints.carry(id, body.productId(), actor(caller)));
    }

    @DELETE
    @Path("{id}/products/{productId}")
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Take a product off the point's list")
    public Saved drop(@PathParam("id") long id, @PathParam("productId") long productId, @Context SecurityContext caller) {
        return saved(salesPoints.drop(id, productId, actor(caller)));
    }

    @GET
    @Path("{id}/to-remove")
    @Operation(summary = "Listed products whose certificate has expired or been revoked, by the portal's clock")
    public List<Listed> toRemove(@PathParam("id") long id) {
        return salesPoints.toRemove(id).stream().map(Listed::of).toList();
    }

    @POST
    @Path("{id}/photos")
    @Consumes(MediaType.WILDCARD)
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Add the request body (JPEG or PNG, at most 10 MB) as a photo")
    public Response addPhoto(@PathParam("id") long id, InputStream body, @Context SecurityContext caller) throws IOException {
        byte[] content = Images.readLimited(body);
        return Response.status(Response.Status.CREATED).entity(saved(salesPoints.addPhoto(id, content, actor(caller)))).build();
    }

    private Saved saved(SalesPoint s) {
        return new Saved(s.getId(), s.getName(), s.getVersion(),
            s.getProducts().stream().map(Listed::of).toList(), salesPoints.toRemove(s.getId()).stream().map(Listed::of).toList(),
            s.getPhotos());
    }

    private static String actor(SecurityContext caller) {
        return caller.getUserPrincipal().getName();
    }
}
