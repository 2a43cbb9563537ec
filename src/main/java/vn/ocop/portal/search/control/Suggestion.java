package vn.ocop.portal.search.control;

import java.util.Objects;

/** One line of type-ahead: a product name, a producer or a place, with what it leads to. */
public final class Suggestion {

    public enum Kind {
        PRODUCT, PRODUCER, PLACE
    }

    private final Kind kind;
    private final String label;
    private final Long productId;

    Suggestion(Kind kind, String label, Long productId) {
        this.kind = Objects.requireNonNull(kind);
        this.label = Objects.requireNonNull(label);
        this.productId = productId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    /** For a product: the best-ranked product of that name; null for producers and places. */
    public Long getProductId() {
        return productId;
    }

    @Override
    public String toString() {
        return kind + " " + label;
    }
}
