package vn.ocop.portal.certification.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import vn.ocop.portal.catalogue.control.VietnameseText;

/** The level of government that signed a decision: district (until mid 2025), province, or the ministry (5★). */
public enum IssuingLevel {
    DISTRICT("Huyện"),
    PROVINCE("Tỉnh"),
    NATIONAL("Trung ương");

    private final String vietnameseName;

    IssuingLevel(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** The name decisions and the import format use, e.g. "Hợp tác xã". */
    public String getVietnameseName() {
        return vietnameseName;
    }

    public static Optional<IssuingLevel> fromNameOrCode(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String folded = VietnameseText.fold(value);
        return Arrays.stream(values())
            .filter(l -> VietnameseText.fold(l.vietnameseName).equals(folded) || l.name().toLowerCase(Locale.ROOT).equals(folded))
            .findFirst();
    }
}
