package vn.ocop.portal.certification.entity;

import vn.ocop.portal.platform.entity.BusinessException;

/**
 * The database changed since the preview in a way that changes what the import would do (another import added one
 * of its certificates, someone edited one): nothing is written, and the fresh preview is shown instead. The fresh
 * preview is null when the change was committed while this import was writing; preview again then.
 */
public class PreviewOutdated extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final ImportPreview fresh;

    public PreviewOutdated(ImportPreview fresh) {
        super("The data changed meanwhile (another import or an edit); nothing was imported. Preview the list again.");
        this.fresh = fresh;
    }

    /** The preview as of the refused confirmation, or null. */
    public ImportPreview getFresh() {
        return fresh;
    }
}
