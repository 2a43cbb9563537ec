package vn.ocop.portal.certification.entity;

import java.io.Serializable;

/** One fact an import changes, as the page shows it: "stars: 3 → 4". {@code field} names a bundle key's last part. */
public final class FieldChange implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String before;
    private final String after;

    public FieldChange(String field, String before, String after) {
        this.field = field;
        this.before = before;
        this.after = after;
    }

    public String getField() {
        return field;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    @Override
    public String toString() {
        return field + ": " + before + " → " + after;
    }
}
