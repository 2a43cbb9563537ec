package vn.ocop.portal.certification.boundary;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import vn.ocop.portal.certification.control.RowRejection;
import vn.ocop.portal.certification.entity.ImportReport;

@Path("admin/imports/certified-products")
@RolesAllowed("ADMIN")
public class CertifiedProductImportResource {

    /** Larger files are refused before they are read into memory. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    @Inject
    CertifiedProductImports imports;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Import a certified-product list (CSV, the provinces' format)",
        description = "Rows that break a rule are rejected with their line (the header is line 1); the others are "
            + "imported in one transaction. A file that is not such a list is refused whole with 400.")
    public ImportJson importList(byte[] body, @Context SecurityContext caller, @Context HttpHeaders headers) {
        if (body.length > MAX_BYTES) {
            throw new vn.ocop.portal.platform.entity.BusinessException("The file is larger than 20 MB.");
        }
        Locale locale = headers.getAcceptableLanguages().stream().findFirst()
            .filter(l -> l.getLanguage().equals("en")).orElse(Locale.forLanguageTag("vi"));
        ImportReport report = imports.importList(body, "API upload", caller.getUserPrincipal().getName(), locale);
        return new ImportJson(report);
    }

    @JsonbPropertyOrder({"imported", "updated", "unchanged", "rejected", "warnings"})
    public static class ImportJson {
        private final ImportReport report;

        ImportJson(ImportReport report) {
            this.report = report;
        }

        public int getImported() {
            return report.getImported();
        }

        public int getUpdated() {
            return report.getUpdated();
        }

        public int getUnchanged() {
            return report.getUnchanged();
        }

        public List<RowRejection> getRejected() {
            return report.getRejected();
        }

        public List<String> getWarnings() {
            return report.getWarnings();
        }
    }
}
