package vn.ocop.portal.certification.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import vn.ocop.portal.certification.control.CertificateListRow;
import vn.ocop.portal.certification.control.ExpiryListQuery;

/**
 * The expiry lists over the API: {@code expiring} (in the next {@code days} days, by default the expiring window),
 * {@code expired}, and {@code expired-by-year} (certified in {@code year}), as JSON pages or as whole XLSX/CSV files.
 */
@Path("admin/expiry")
@RolesAllowed("ADMIN")
public class ExpiryListResource {

    @Inject
    CertificateLists lists;

    @Inject
    ExpiryExports exports;

    @GET
    @Path("{list: [a-z-]+}")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @SecurityRequirement(name = "admin")
    @Operation(summary = "One page of an expiry list: expiring, expired or expired-by-year")
    public ListPage page(@PathParam("list") String list, @QueryParam("days") String days, @QueryParam("year") String year,
                         @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        ExpiryListQuery query = exports.query(list, days, year);
        return new ListPage(query, lists.count(query), exports.title(query), lists.page(query, first, max));
    }

    @GET
    @Path("{list: [a-z-]+}.{format: xlsx|csv}")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"})
    @SecurityRequirement(name = "admin")
    @Operation(summary = "A whole expiry list as an XLSX or CSV file, in the import format's columns")
    public Response file(@PathParam("list") String list, @PathParam("format") String format,
                         @QueryParam("days") String days, @QueryParam("year") String year) {
        ExpiryListQuery query = exports.query(list, days, year);
        StreamingOutput body = out -> exports.write(query, format, out);
        return Response.ok(body, exports.contentType(format))
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + exports.fileName(query, format) + "\"")
            .build();
    }

    /** {@code {"list": "expiring", "days": 90, "year": 2025, "total": 12, "title": "...", "items": [...]}} */
    @JsonbPropertyOrder({"list", "days", "year", "total", "title", "items"})
    public static final class ListPage {
        private final ExpiryListQuery query;
        private final long total;
        private final String title;
        private final List<CertificateListRow> items;

        ListPage(ExpiryListQuery query, long total, String title, List<CertificateListRow> items) {
            this.query = query;
            this.total = total;
            this.title = title;
            this.items = items;
        }

        public String getList() {
            return query.kind().getPath();
        }

        public int getDays() {
            return query.days();
        }

        public int getYear() {
            return query.year();
        }

        public long getTotal() {
            return total;
        }

        public String getTitle() {
            return title;
        }

        public List<CertificateListRow> getItems() {
            return items;
        }
    }
}
