package vn.ocop.portal.news.entity;

import java.io.Serializable;
import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an editor writes: titles, bodies (HTML as the editor sent it, sanitised only when saved), an optional slug
 * and the publish moment in Vietnam's time (none: a draft). The English title and body are optional, but go together.
 * {@code version} is the version the editor started from, for an edit.
 */
public class AnnouncementDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Of the markup as sent: generous, since the editor's markup is longer than what is kept. */
    public static final int SENT_BODY_LENGTH = 2 * Announcement.BODY_LENGTH;

    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{news.draft.slug.pattern}")
    @Size(max = Announcement.SLUG_LENGTH, message = "{news.draft.slug.size}")
    private String slug;

    @NotBlank(message = "{news.draft.title.required}")
    @Size(max = Announcement.TITLE_LENGTH, message = "{news.draft.title.size}")
    private String titleVi;

    @NotBlank(message = "{news.draft.body.required}")
    @Size(max = SENT_BODY_LENGTH, message = "{news.draft.body.size}")
    private String bodyVi;

    @Size(max = Announcement.TITLE_LENGTH, message = "{news.draft.title.size}")
    private String titleEn;

    @Size(max = SENT_BODY_LENGTH, message = "{news.draft.body.size}")
    private String bodyEn;

    private LocalDateTime publishAt;

    private Integer version;

    public AnnouncementDraft() {
    }

    public AnnouncementDraft(String titleVi, String bodyVi, String titleEn, String bodyEn, LocalDateTime publishAt) {
        this.titleVi = titleVi;
        this.bodyVi = bodyVi;
        this.titleEn = titleEn;
        this.bodyEn = bodyEn;
        this.publishAt = publishAt;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitleVi() {
        return titleVi;
    }

    public void setTitleVi(String titleVi) {
        this.titleVi = titleVi;
    }

    public String getBodyVi() {
        return bodyVi;
    }

    public void setBodyVi(String bodyVi) {
        this.bodyVi = bodyVi;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
