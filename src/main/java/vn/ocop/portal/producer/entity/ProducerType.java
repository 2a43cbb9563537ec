package vn.ocop.portal.producer.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import vn.ocop.portal.catalogue.control.VietnameseText;

/** The legal forms a producer takes, with the Vietnamese name decisions use. */
public enum ProducerType {
    ENTERPRISE("enterprise", "Doanh nghiệp"),
    COOPERATIVE("cooperative", "Hợp tác xã"),
    COOPERATIVE_GROUP("cooperative_group", "Tổ hợp tác"),
    HOUSEHOLD("household", "Hộ kinh doanh");

    private final String code;
    private final String vietnameseName;

    ProducerType(String code, String vietnameseName) {
        this.code = code;
        this.vietnameseName = vietnameseName;
    }

    public String getCode() {
        return code;
    }

    /** The name decisions and the import format use, e.g. "Hợp tác xã". */
    public String getVietnameseName() {
        return vietnameseName;
    }

    public static Optional<ProducerType> fromNameOrCode(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String folded = VietnameseText.fold(value);
        String code = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
            .filter(t -> t.code.equals(code) || VietnameseText.fold(t.vietnameseName).equals(folded)
                || (t == HOUSEHOLD && folded.startsWith("ho ")))
            .findFirst();
    }
}
