package vn.ocop.portal.news.control;

import java.util.regex.Pattern;

import vn.ocop.portal.catalogue.control.VietnameseText;
import vn.ocop.portal.news.entity.Announcement;

/**
 * The readable part of an article's address: "Danh sách chứng nhận OCOP 2023" becomes
 * "danh-sach-chung-nhan-ocop-2023". A slug always holds a letter, so that it never reads as an id.
 */
public final class Slugs {

    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final Pattern VALID = Pattern.compile(PATTERN);
    private static final Pattern HAS_LETTER = Pattern.compile(".*[a-z].*");

    private Slugs() {
    }

    public static String of(String title) {
        String slug = VietnameseText.fold(title).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > Announcement.SLUG_LENGTH - 8) {
            slug = slug.substring(0, Announcement.SLUG_LENGTH - 8).replaceAll("-+$", "");
        }
        return isValid(slug) ? slug : "tin-" + slug;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= Announcement.SLUG_LENGTH && VALID.matcher(slug).matches()
            && HAS_LETTER.matcher(slug).matches();
    }

    /** The slug with a number added, for when another article already has it: "thong-bao-2". */
    public static String numbered(String slug, int n) {
        return slug + "-" + n;
    }
}
