package vn.ocop.portal.news.boundary;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.ocop.portal.news.control.NewsUrls;
import vn.ocop.portal.news.control.RichText;
import vn.ocop.portal.news.entity.Announcement;
import vn.ocop.portal.platform.entity.BusinessException;
import vn.ocop.portal.platform.entity.NotFound;

/** Published news as JSON, and the attachments' downloads. */
@Path("news")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class NewsResource {

    static final int MAX_SIZE = 50;
    static final int MAX_PAGE = 100_000;

    @Inject
    Announcements announcements;

    @Context
    HttpServletRequest request;

    public record Item(long id, String slug, String title, String excerpt, Instant publishedAt, boolean inVietnameseOnly,
        String url) {
    }

    public record Page(long total, int page, int size, List<Item> items) {
    }

    public record File(long id, String name, String type, long size, String url) {
    }

    public record Article(long id, String slug, String title, String bodyHtml, Instant publishedAt, Instant updatedAt,
        boolean inVietnameseOnly, String url, List<File> attachments) {
    }

    @GET
    @Operation(summary = "Published news, newest first; lang=en gives English where written")
    public Page list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("10") int size,
        @QueryParam("lang") String lang) {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new BusinessException("page counts from 0 (at most " + MAX_PAGE + ") and size is 1 to " + MAX_SIZE);
        }
        boolean english = "en".equals(lang);
        String base = NewsUrls.base(request);
        List<Item> items = announcements.published(page * size, size).stream().map(a -> new Item(a.getId(), a.getSlug(),
            a.title(english), RichText.excerpt(a.body(english), 240), a.getPublishAt(), english && !a.hasEnglish(),
            base + NewsUrls.articlePath(a))).toList();
        return new Page(announcements.countPublished(), page, size, items);
    }

    @GET
    @Path("{idOrSlug}")
    @Operation(summary = "One published article by id or slug, with its sanitised HTML body and attachments")
    public Article article(@PathParam("idOrSlug") String idOrSlug, @QueryParam("lang") String lang) {
        Announcement a = announcements.article(idOrSlug).orElseThrow(() -> new NotFound("No published news " + idOrSlug));
        boolean english = "en".equals(lang);
        String base = NewsUrls.base(request);
        List<File> files = a.getAttachments().stream().map(f -> new File(f.getId(), f.getFileName(),
            f.getType().contentType(), f.getSize(), base + NewsUrls.attachmentPath(f))).toList();
        return new Article(a.getId(), a.getSlug(), a.title(english), a.body(english), a.getPublishAt(), a.getUpdatedAt(),
            english && !a.hasEnglish(), base + NewsUrls.articlePath(a), files);
    }
}
