package vn.ocop.portal.news.control;

import jakarta.servlet.http.HttpServletRequest;

import vn.ocop.portal.platform.control.PublicAddress;
import vn.ocop.portal.news.entity.Announcement;
import vn.ocop.portal.news.entity.Attachment;
import vn.ocop.portal.platform.control.PortalSettings;

/** Where news lives: the pages, the feed and the attachments, under OCOP_PUBLIC_URL or the request's address. */
public final class NewsUrls {

    public static final String PAGE = "/news";
    public static final String FEED = "/news/feed.atom";

    private NewsUrls() {
    }

    public static String base(HttpServletRequest request) {
        return PortalSettings.publicUrl().orElseGet(() -> PublicAddress.requested(request));
    }

    /** An article's path under the portal's root, e.g. {@code /news/thong-bao-danh-sach}. */
    public static String articlePath(Announcement announcement) {
        return PAGE + "/" + announcement.getSlug();
    }

    public static String attachmentPath(Attachment attachment) {
        return "/api/v1/news/attachments/" + attachment.getId();
    }
}
