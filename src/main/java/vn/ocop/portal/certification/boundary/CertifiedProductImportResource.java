package vn.ocop.portal.certification.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import vn.ocop.portal.certification.control.RowRejection;
import vn.ocop.portal.certification.entity.ImportPreview;
import vn.ocop.portal.certification.entity.ImportReport;
import vn.ocop.portal.platform.entity.BusinessException;

@Path("admin/imports/certified-products")
@RolesAllowed("ADMIN")
public class CertifiedProductImportResource {

    /** Larger files are refused; no more than this is read into memory. */
    static final int MAX_BYTES = 20 * 1024 * 1024;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CertifiedProductImports imports;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @SecurityRequirement(name = "admin")
    @Operation(summary = "Import a certified-product list (CSV or XLSX, the provinces' format)",
        description = "Rows that break a rule are rejected with their line (the header is line 1); the others are "
            + "imported in one transaction. A file that is not such a list is refused whole with 400. With "
            + "dryRun=true the answer is the same but nothing is written: what importing the file would do now.")
    public ImportJson importList(InputStream body, @Context SecurityContext caller, @Context HttpHeaders headers,
                                 @Parameter(description = "true: answer what the import would do, write nothing")
                                 @QueryParam("dryRun") boolean dryRun) throws IOException {
        byte[] content = body.readNBytes(MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            throw new BusinessException("The file is larger than 20 MB.");
        }
        Locale locale = headers.getAcceptableLanguages().stream().findFirst()
            .filter(l -> l.getLanguage().equals("en")).orElse(Locale.forLanguageTag("vi"));
        if (dryRun) {
            return ImportJson.of(imports.preview(content, locale));
        }
        return ImportJson.of(imports.importList(content, "API upload", caller.getUserPrincipal().getName(), locale));
    }

    /** The answer of an import and of its dry run alike. */
    @JsonbPropertyOrder({"imported", "updated", "unchanged", "rejected", "warnings"})
    public static final class ImportJson {
        private final int imported;
        private final int updated;
        private final int unchanged;
        private final List<RowRejection> rejected;
        private final List<String> warnings;

        private ImportJson(int imported, int updated, int unchanged, List<RowRejection> rejected, List<String> warnings) {
            this.imported = imported;
            this.updated = updated;
            this.unchanged = unchanged;
            this.rejected = rejected;
            this.warnings = warnings;
        }

        static ImportJson of(ImportReport report) {
            return new ImportJson(report.getImported(), report.getUpdated(), report.getUnchanged(), report.getRejected(),
                report.getWarnings());
        }

        static ImportJson of(ImportPreview preview) {
            return new ImportJson(preview.getAdded().size(), preview.getUpdated().size(), preview.getUnchanged().size(),
                preview.getRejected(), preview.getWarnings());
        }

        public int getImported() {
            return imported;
        }

        public int getUpdated() {
            return updated;
        }

        public int getUnchanged() {
            return unchanged;
        }

        public List<RowRejection> getRejected() {
            return rejected;
        }

        public List<String> getWarnings() {
            return warnings;
        }
    }
}
