package vn.ocop.portal.catalogue.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Orders of a product list. NAME follows Vietnamese collation. */
public enum ProductSort {
    NAME, STARS, NEWEST;

    public String getCode() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ProductSort> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.getCode().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }
}
