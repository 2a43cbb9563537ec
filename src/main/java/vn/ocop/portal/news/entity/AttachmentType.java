package vn.ocop.portal.news.entity;

import java.util.List;
import java.util.Locale;

/** The kinds of file an announcement may carry, each with the type it is served as and the names it may end with. */
public enum AttachmentType {
    PDF("application/pdf", "pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    CSV("text/csv;charset=UTF-8", "csv"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg");

    private final String contentType;
    private final List<String> extensions;

    AttachmentType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    /** The extension given to names that have none, e.g. "pdf". */
    public String extension() {
        return extensions.get(0);
    }

    public boolean accepts(String extension) {
        return extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    /** Whether any type is known by this extension. */
    public static boolean isKnown(String extension) {
        for (AttachmentType type : values()) {
            if (type.accepts(extension)) {
                return true;
            }
        }
        return false;
    }
}
