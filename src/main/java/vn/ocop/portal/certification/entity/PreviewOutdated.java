package vn.ocop.portal.certification.entity;

import vn.ocop.portal.platform.entity.BusinessException;

/**
 * The database changed since the preview in a way that changes what the import would do (another import added one
 * of its certificates, someone edited one): nothing is written, and the fresh preview is shown instead.
 */
public class PreviewOutdated extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final ImportPreview fresh;

    public PreviewOutdated(ImportPreview fresh) {
        super("The data changed since the preview; nothing was imported. Check the new preview and confirm again.");
        this.fresh = fresh;
    }

    public ImportPreview getFresh() {
        return fresh;
    }
}
