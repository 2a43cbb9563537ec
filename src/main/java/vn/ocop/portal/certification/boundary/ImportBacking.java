package vn.ocop.portal.certification.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.ocop.portal.certification.control.ListRefused;
import vn.ocop.portal.certification.entity.ImportPreview;
import vn.ocop.portal.certification.entity.ImportReport;
import vn.ocop.portal.certification.entity.PreviewOutdated;

/**
 * The admin page that previews an uploaded list, then imports exactly that preview or discards it. The file and its
 * preview live as long as this view (OmniFaces destroys it when the page is left), never in the session.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CertifiedProductImports imports;

    private transient Part file;
    private byte[] content;
    private String sourceName;
    private ImportPreview preview;
    private ImportReport report;

    public void upload() throws IOException {
        cancel();
        if (file == null || file.getSize() == 0) {
            Messages.addGlobalError(text("admin.import.noFile"));
            return;
        }
        if (file.getSize() > CertifiedProductImportResource.MAX_BYTES) {
            Messages.addGlobalError(text("admin.import.tooLarge"));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        sourceName = file.getSubmittedFileName();
        try {
            preview = imports.preview(content, Faces.getLocale());
        } catch (ListRefused refused) {
            cancel();
            Messages.addGlobalError(text("admin.import.refused"), refused.getMessage());
        }
    }

    public void confirm() {
        try {
            report = imports.confirm(content, sourceName, preview.getFingerprint(), Faces.getRemoteUser(), Faces.getLocale());
            content = null;
            preview = null;
        } catch (PreviewOutdated outdated) {
            preview = outdated.getFresh() != null ? outdated.getFresh() : imports.preview(content, Faces.getLocale());
            Messages.addGlobalWarn(text("admin.import.outdated"));
        }
    }

    public void cancel() {
        content = null;
        sourceName = null;
        preview = null;
        report = null;
    }

    private static String text(String key) {
        return Faces.getResourceBundle("text").getString(key);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getSourceName() {
        return sourceName;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public ImportReport getReport() {
        return report;
    }
}
