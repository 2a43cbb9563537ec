package vn.ocop.portal.news.boundary;

import java.io.IOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.ocop.portal.news.control.AtomFeed;
import vn.ocop.portal.news.control.NewsUrls;
import vn.ocop.portal.news.entity.Announcement;
import vn.ocop.portal.platform.boundary.Languages;

/**
 * {@code /news/feed.atom}: the newest published news as Atom, in Vietnamese, or in English with {@code ?lang=en}
 * (articles without English stay in Vietnamese). Feed readers send no cookies, so the language is in the address.
 */
@WebServlet(NewsUrls.FEED)
public class NewsFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int ENTRIES = 30;
    private static final String BUNDLE = "vn.ocop.portal.i18n.text";

    @Inject
    transient Announcements announcements;

    @Inject
    transient Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean english = "en".equals(request.getParameter("lang"));
        String base = NewsUrls.base(request);
        String self = base + NewsUrls.FEED + (english ? "?lang=en" : "");
        List<Announcement> newest = announcements.published(0, ENTRIES);
        List<AtomFeed.Entry> entries = newest.stream().map(a -> new AtomFeed.Entry("urn:uuid:" + a.getUid(),
            a.title(english), base + NewsUrls.articlePath(a), a.getPublishAt(), a.lastChange(), a.body(english))).toList();
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, english ? Locale.ENGLISH : Languages.VIETNAMESE);
        AtomFeed.Head head = new AtomFeed.Head(self, text.getString("news.feed.title"), english ? "en" : "vi",
            text.getString("news.feed.author"), self, base + NewsUrls.PAGE,
            newest.stream().map(Announcement::lastChange).max(Comparator.naturalOrder()).orElse(clock.instant()));
        response.setContentType(AtomFeed.CONTENT_TYPE);
        response.setHeader("Cache-Control", "public, max-age=300");
        AtomFeed.write(head, entries, response.getOutputStream());
    }
}
