package vn.ocop.portal.catalogue.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which products a list shows by the status of their current certificate. VALID, the default, includes those
 * expiring soon: they may still carry the mark.
 */
public enum StatusFilter {
    VALID, EXPIRING, EXPIRED, ANY;

    public String getCode() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StatusFilter> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.getCode().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }
}
