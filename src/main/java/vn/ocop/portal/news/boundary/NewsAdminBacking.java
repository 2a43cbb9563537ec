package vn.ocop.portal.news.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.ocop.portal.news.control.NewsDates;
import vn.ocop.portal.news.control.NewsUrls;
import vn.ocop.portal.news.entity.Announcement;
import vn.ocop.portal.platform.boundary.Pages;

/** {@code /admin/news}: every announcement, most recently edited first, with unpublish and delete. */
@Named
@RequestScoped
public class NewsAdminBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    Announcements announcements;

    @Inject
    Clock clock;

    @Inject @Param(name = "page") String page;

    private List<Announcement> items;
    private int pageNumber;
    private int pageCount;

    @PostConstruct
    void load() {
        pageNumber = (int) Math.min(Pages.id(page).orElse(1), 100_000);
        pageCount = (int) Math.max(1, (announcements.countAll() + PAGE_SIZE - 1) / PAGE_SIZE);
        items = announcements.all((Math.max(pageNumber, 1) - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    public void unpublish(long id) {
        announcements.unpublish(id, Faces.getRemoteUser());
        done("news.admin.unpublished");
    }

    public void delete(long id) {
        announcements.delete(id, Faces.getRemoteUser());
        done("news.admin.deleted");
    }

    private void done(String key) {
        Messages.addFlashGlobalInfo(Faces.getResourceBundle("text").getString(key));
        Faces.redirect(Faces.getRequestContextPath() + "/admin/news");
    }

    /** news.status.draft, news.status.scheduled or news.status.published. */
    public String statusKey(Announcement a) {
        Instant now = clock.instant();
        return a.getPublishAt() == null ? "news.status.draft" : a.isPublicAt(now) ? "news.status.published" : "news.status.scheduled";
    }

    public String shown(Instant instant) {
        return NewsDates.shown(instant);
    }

    public String path(Announcement a) {
        return NewsUrls.articlePath(a);
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
