package vn.ocop.portal.news.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.ocop.portal.news.entity.Announcement;
import vn.ocop.portal.news.entity.AnnouncementDraft;
import vn.ocop.portal.news.entity.Attachment;
import vn.ocop.portal.news.entity.NewsRefused;
import vn.ocop.portal.platform.boundary.Pages;
import vn.ocop.portal.platform.boundary.PortalClock;

/** {@code /admin/news-edit[?id=N]}: write or edit an announcement, and attach files to it once saved. */
@Named
@ViewScoped
public class NewsEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Announcements announcements;

    @Inject
    transient Clock clock;

    @Inject @Param(name = "id") String id;

    private Long announcementId;
    private AnnouncementDraft draft;
    private transient Part file;
    private transient List<Attachment> attachments;

    @PostConstruct
    void load() {
        draft = new AnnouncementDraft();
        if (Pages.id(id).isEmpty()) {
            draft.setPublishAt(LocalDateTime.now(clock.withZone(PortalClock.VIETNAM)).truncatedTo(ChronoUnit.MINUTES));
            return;
        }
        Announcement a = announcements.announcement(Pages.id(id).getAsLong());
        announcementId = a.getId();
        draft = new AnnouncementDraft(a.getTitleVi(), a.getBodyVi(), a.getTitleEn(), a.getBodyEn(),
            a.getPublishAt() == null ? null : LocalDateTime.ofInstant(a.getPublishAt(), PortalClock.VIETNAM));
        draft.setSlug(a.getSlug());
        draft.setVersion(a.getVersion());
        attachments = a.getAttachments();
    }

    public void save() {
        try {
            Announcement saved = announcementId == null ? announcements.create(draft, Faces.getRemoteUser())
                : announcements.update(announcementId, draft, Faces.getRemoteUser());
            done("news.admin.saved", saved.getId());
        } catch (NewsRefused refused) {
            Messages.addGlobalError(text(refused.key()));
        }
    }

    public void upload() throws IOException {
        if (file == null || file.getSize() == 0) {
            Messages.addGlobalError(text("news.error.fileEmpty"));
            return;
        }
        if (file.getSize() > Attachment.MAX_BYTES) {
            Messages.addGlobalError(text("news.error.fileTooLarge"));
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        try {
            announcements.attach(announcementId, file.getSubmittedFileName(), content, Faces.getRemoteUser());
            done("news.admin.attached", announcementId);
        } catch (NewsRefused refused) {
            Messages.addGlobalError(text(refused.key()));
        }
    }

    public void removeAttachment(long attachmentId) {
        announcements.removeAttachment(attachmentId, Faces.getRemoteUser());
        done("news.admin.detached", announcementId);
    }

    private void done(String key, long savedId) {
        Messages.addFlashGlobalInfo(text(key));
        Faces.redirect(Faces.getRequestContextPath() + "/admin/news-edit?id=" + savedId);
    }

    private static String text(String key) {
        return Faces.getResourceBundle("text").getString(key);
    }

    public List<Attachment> getAttachments() {
        if (attachments == null) {
            attachments = announcementId == null ? List.of() : announcements.announcement(announcementId).getAttachments();
        }
        return attachments;
    }

    public Long getAnnouncementId() {
        return announcementId;
    }

    public AnnouncementDraft getDraft() {
        return draft;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
