package vn.ocop.portal.catalogue.control;

import java.text.Collator;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as the database sees it. Folding makes "Rượu đồ Mường Đình" match "ruou do muong dinh" in a plain
 * SQL LIKE, whatever the database's collation; the sort key orders names as a Vietnamese reader expects (a, ă, â, b,
 * ..., đ after d) with a byte order that H2 and MySQL both respect.
 */
public final class VietnameseText {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    /** Hex of the collation key is capped: ordering past the first few dozen letters does not matter to anyone. */
    public static final int SORT_KEY_LENGTH = 512;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /** Lower case, no diacritics, đ as d, single spaces. Accepts composed and decomposed input alike. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Composed form (NFC) with single spaces: how names are stored and compared for identity. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    public static String sortKey(String text) {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        String hex = HexFormat.of().formatHex(collator.getCollationKey(clean(text)).toByteArray());
        return hex.length() > SORT_KEY_LENGTH ? hex.substring(0, SORT_KEY_LENGTH) : hex;
    }
}
