package vn.ocop.portal.catalogue.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import vn.ocop.portal.catalogue.control.VietnameseText;

/**
 * The six product groups of the 2023 criteria (148/QĐ-TTg). Certificates issued under the 2019 criteria carry older
 * labels; {@link #fromLabelOrCode} maps those onto the current group, and the certificate keeps the label as written.
 */
public enum ProductGroup {
    FOOD("food", "Thực phẩm"),
    BEVERAGE("beverage", "Đồ uống"),
    HERBAL("herbal", "Dược liệu và sản phẩm từ dược liệu"),
    HANDICRAFT("handicraft", "Thủ công mỹ nghệ"),
    ORNAMENTAL("ornamental", "Sinh vật cảnh"),
    TOURISM("tourism", "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch");

    /** Labels of the 2019 criteria (1048/QĐ-TTg), folded, with the group they now belong to. */
    private static final Map<String, ProductGroup> LABELS_2019 = Map.of(
        VietnameseText.fold("Thảo dược"), HERBAL,
        VietnameseText.fold("Vải và may mặc"), HANDICRAFT,
        VietnameseText.fold("Lưu niệm - nội thất - trang trí"), HANDICRAFT,
        VietnameseText.fold("Dịch vụ du lịch nông thôn, bán hàng"), TOURISM);

    private final String code;
    private final String officialLabel;

    ProductGroup(String code, String officialLabel) {
        this.code = code;
        this.officialLabel = officialLabel;
    }

    public String getCode() {
        return code;
    }

    /** The label of the 2023 criteria, in Vietnamese as the decisions write it. */
    public String getOfficialLabel() {
        return officialLabel;
    }

    public static Optional<ProductGroup> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(g -> g.code.equals(wanted)).findFirst();
    }

    /** A label as a decision writes it (2023 or 2019 criteria, any case or spacing), or a code. */
    public static Optional<ProductGroup> fromLabelOrCode(String labelOrCode) {
        if (labelOrCode == null || labelOrCode.isBlank()) {
            return Optional.empty();
        }
        Optional<ProductGroup> byCode = fromCode(labelOrCode);
        if (byCode.isPresent()) {
            return byCode;
        }
        String folded = VietnameseText.fold(labelOrCode);
        return Arrays.stream(values())
            .filter(g -> VietnameseText.fold(g.officialLabel).equals(folded))
            .findFirst()
            .or(() -> Optional.ofNullable(LABELS_2019.get(folded)));
    }
}
