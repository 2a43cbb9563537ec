package vn.ocop.portal.search.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The state of this instance's search index, and a rebuild of it from the database. */
@Path("admin/search")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class SearchAdminResource {

    @Inject
    CatalogueIndex index;

    @GET
    @SecurityRequirement(name = "admin")
    @Operation(summary = "This instance's search index: products indexed, change-log position, last rebuild")
    public IndexState state() {
        return new IndexState(index);
    }

    @POST
    @Path("rebuild")
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Rebuild this instance's search index from the database",
        description = "Answers 202 at once with the progress; GET /api/v1/admin/search follows it. Searches keep "
            + "answering from the old index until the new one is complete. A rebuild already running is not started "
            + "twice.")
    public Response rebuild() {
        return Response.accepted(index.startRebuild()).build();
    }

    @JsonbPropertyOrder({"products", "position", "rebuild"})
    public static final class IndexState {
        private final int products;
        private final long position;
        private final RebuildProgress rebuild;

        IndexState(CatalogueIndex index) {
            this.products = index.size();
            this.position = index.position();
            this.rebuild = index.progress();
        }

        public int getProducts() {
            return products;
        }

        /** The last change-log row applied. */
        public long getPosition() {
            return position;
        }

        public RebuildProgress getRebuild() {
            return rebuild;
        }
    }
}
