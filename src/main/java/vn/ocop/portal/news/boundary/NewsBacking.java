package vn.ocop.portal.news.boundary;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import vn.ocop.portal.news.control.NewsDates;
import vn.ocop.portal.news.control.NewsUrls;
import vn.ocop.portal.news.control.RichText;
import vn.ocop.portal.news.entity.Announcement;
import vn.ocop.portal.news.entity.Attachment;
import vn.ocop.portal.platform.boundary.Languages;
import vn.ocop.portal.platform.boundary.Pages;

/**
 * The public news pages: {@code /news} (newest first, ?page=N) and {@code /news/{id-or-slug}}, one article. Both read
 * the visitor's language; an article without English shows its Vietnamese with a note.
 */
@Named
@RequestScoped
public class NewsBacking {

    static final int PAGE_SIZE = 10;
    static final int HOME_COUNT = 3;

    @Inject
    Announcements announcements;

    @Inject
    Languages languages;

    @Inject @Param(pathIndex = 0) String idOrSlug;
    @Inject @Param(name = "page") String page;

    private Announcement article;
    private List<Announcement> items;
    private List<Announcement> latest;
    private int pageNumber;
    private int pageCount;

    public void load() {
        if (isArticleRequested()) {
            article = announcements.article(idOrSlug).orElse(null);
            if (article == null) {
                Pages.notFound();
            }
            return;
        }
        pageNumber = (int) Math.min(Pages.id(page).orElse(1), 100_000);
        pageCount = (int) Math.max(1, (announcements.countPublished() + PAGE_SIZE - 1) / PAGE_SIZE);
        items = announcements.published((Math.max(pageNumber, 1) - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    /** The newest few, for the home page. */
    public List<Announcement> getLatest() {
        if (latest == null) {
            latest = announcements.published(0, HOME_COUNT);
        }
        return latest;
    }

    public boolean isArticleRequested() {
        return idOrSlug != null && !idOrSlug.isEmpty();
    }

    public String title(Announcement a) {
        return a.title(languages.isEnglish());
    }

    /** Sanitised when saved: the one text pages render as markup. */
    public String body(Announcement a) {
        return a.body(languages.isEnglish());
    }

    public String excerpt(Announcement a) {
        return RichText.excerpt(body(a), 220);
    }

    public boolean inVietnameseOnly(Announcement a) {
        return languages.isEnglish() && !a.hasEnglish();
    }

    public String path(Announcement a) {
        return NewsUrls.articlePath(a);
    }

    public String attachmentPath(Attachment attachment) {
        return NewsUrls.attachmentPath(attachment);
    }

    /** 12 kB, 1,4 MB. */
    public String size(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " kB"
            : String.format(Languages.VIETNAMESE, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    public String shown(Instant instant) {
        return NewsDates.shown(instant);
    }

    public String machine(Instant instant) {
        return NewsDates.machine(instant);
    }

    public Announcement getArticle() {
        return article;
    }

    public List<Announcement> getItems() {
        return items;
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public int getPageCount() {
        return pageCount;
    }
}
