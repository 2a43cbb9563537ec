package vn.ocop.portal.platform.entity;

/** What was asked for does not exist (or is not the asker's to see): a 404 in pages and API alike. */
public class NotFound extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
        super(message);
    }
}
