package vn.ocop.portal.certification.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.ocop.portal.certification.control.ListRefused;
import vn.ocop.portal.certification.entity.ImportReport;

/** The admin page that uploads a certified-product list and shows the report. */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CertifiedProductImports imports;

    private transient Part file;
    private ImportReport report;

    public void upload() throws IOException {
        report = null;
        if (file == null || file.getSize() == 0) {
            Messages.addGlobalError(Faces.getResourceBundle("text").getString("admin.import.noFile"));
            return;
        }
        if (file.getSize() > CertifiedProductImportResource.MAX_BYTES) {
            Messages.addGlobalError(Faces.getResourceBundle("text").getString("admin.import.tooLarge"));
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        try {
            report = imports.importList(content, file.getSubmittedFileName(), Faces.getRemoteUser(), Faces.getLocale());
        } catch (ListRefused refused) {
            Messages.addGlobalError(Faces.getResourceBundle("text").getString("admin.import.refused"), refused.getMessage());
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ImportReport getReport() {
        return report;
    }
}
