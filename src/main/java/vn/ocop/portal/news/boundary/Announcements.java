package vn.ocop.portal.news.boundary;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.ocop.portal.account.boundary.AuditLog;
import vn.ocop.portal.news.control.AttachmentFiles;
import vn.ocop.portal.news.control.FileNames;
import vn.ocop.portal.news.control.FileSniffer;
import vn.ocop.portal.news.control.RichText;
import vn.ocop.portal.news.control.Slugs;
import vn.ocop.portal.news.entity.Announcement;
import vn.ocop.portal.news.entity.AnnouncementDraft;
import vn.ocop.portal.news.entity.Attachment;
import vn.ocop.portal.news.entity.AttachmentType;
import vn.ocop.portal.news.entity.ChangedMeanwhile;
import vn.ocop.portal.news.entity.NewsRefused;
import vn.ocop.portal.platform.boundary.PortalClock;
import vn.ocop.portal.platform.control.PortalSettings;
import vn.ocop.portal.platform.entity.NotFound;

/**
 * News and announcements: what the public reads (only what is published by the portal's clock) and what the OCOP
 * office and the commerce department write. Every write is one transaction with its audit entry; bodies are
 * sanitised here, whoever calls, and attachments are typed by their content. A stored file is removed again when its
 * transaction rolls back, and a removed attachment's file only once the removal is committed.
 */
@Stateless
@RolesAllowed({"ADMIN", "COMMERCE"})
public class Announcements {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final AttachmentFiles files = new AttachmentFiles(PortalSettings.dataDir().resolve("news"));

    // What the public sees

    @PermitAll
    public List<Announcement> published(int first, int max) {
        return em.createNamedQuery(Announcement.FIND_PUBLISHED, Announcement.class).setParameter("now", clock.instant())
            .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @PermitAll
    public long countPublished() {
        return em.createNamedQuery(Announcement.COUNT_PUBLISHED, Long.class).setParameter("now", clock.instant())
            .getSingleResult();
    }

    /** A published article by its id or its slug; nothing for drafts and articles not yet due. */
    @PermitAll
    public Optional<Announcement> article(String idOrSlug) {
        return find(idOrSlug).filter(a -> a.isPublicAt(clock.instant()));
    }

    /** An attachment of a published article. */
    @PermitAll
    public Optional<Attachment> publicAttachment(long id) {
        return Optional.ofNullable(em.find(Attachment.class, id))
            .filter(a -> a.getAnnouncement().isPublicAt(clock.instant()));
    }

    @PermitAll
    public Path file(Attachment attachment) {
        return files.path(attachment.getStoredName());
    }

    // What editors do

    public List<Announcement> all(int first, int max) {
        return em.createNamedQuery(Announcement.FIND_ALL, Announcement.class).setFirstResult(first).setMaxResults(max)
            .getResultList();
    }

    public long countAll() {
        return em.createNamedQuery(Announcement.COUNT_ALL, Long.class).getSingleResult();
    }

    public Announcement announcement(long id) {
        Announcement announcement = em.find(Announcement.class, id);
        if (announcement == null) {
            throw new NotFound("No announcement " + id);
        }
        return announcement;
    }

    public Announcement create(@Valid @NotNull AnnouncementDraft draft, String actor) {
        Instant now = clock.instant();
        Announcement.Texts texts = texts(draft);
        Announcement announcement = new Announcement(slugFor(draft, texts, null), texts, publishAt(draft), actor, now);
        em.persist(announcement);
        audit.record(actor, "news.create", subject(announcement), null, describe(announcement));
        return announcement;
    }

    /** An edit of the version the editor started from; a newer one, saved meanwhile by someone else, is never lost. */
    public Announcement update(long id, @Valid @NotNull AnnouncementDraft draft, String actor) {
        Announcement announcement = announcement(id);
        if (draft.getVersion() == null || draft.getVersion() != announcement.getVersion()) {
            throw new ChangedMeanwhile(announcement.getUpdatedBy());
        }
        String before = describe(announcement);
        Announcement.Texts texts = texts(draft);
        announcement.revise(slugFor(draft, texts, announcement), texts, publishAt(draft), actor, clock.instant());
        audit.record(actor, "news.update", subject(announcement), before, describe(announcement));
        return announcement;
    }

    /** Back to a draft: gone from the public pages and the feed, kept for editors. */
    public Announcement unpublish(long id, String actor) {
        Announcement announcement = announcement(id);
        String before = describe(announcement);
        announcement.unpublish(actor, clock.instant());
        audit.record(actor, "news.unpublish", subject(announcement), before, describe(announcement));
        return announcement;
    }

    public void delete(long id, String actor) {
        Announcement announcement = announcement(id);
        String before = describe(announcement);
        List<String> stored = announcement.getAttachments().stream().map(Attachment::getStoredName).toList();
        em.remove(announcement);
        audit.record(actor, "news.delete", subject(announcement), before, null);
        afterCommit(() -> stored.forEach(files::delete));
    }

    public Attachment attach(long id, String fileName, byte[] content, String actor) {
        Announcement announcement = announcement(id);
        String before = describe(announcement);
        Attachment attachment = store(announcement, fileName, null, content);
        em.flush();
        audit.record(actor, "news.attach", subject(announcement), before, describe(announcement));
        return attachment;
    }

    public void removeAttachment(long attachmentId, String actor) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw new NotFound("No attachment " + attachmentId);
        }
        Announcement announcement = attachment.getAnnouncement();
        String before = describe(announcement);
        announcement.detach(attachment);
        audit.record(actor, "news.detach", subject(announcement), before, describe(announcement));
        String stored = attachment.getStoredName();
        afterCommit(() -> files.delete(stored));
    }

    /**
     * Publishes a list (an expiry list, a decision's certificates) as an announcement with its file, in one step:
     * published now unless the draft says when. {@code contentType} is what the caller believes the file is; the
     * content decides, and a disagreement is refused.
     */
    public Announcement publishWithAttachment(@Valid @NotNull AnnouncementDraft draft, String fileName, String contentType,
        byte[] content, String actor) {
        if (draft.getPublishAt() == null) {
            draft.setPublishAt(LocalDateTime.ofInstant(clock.instant(), PortalClock.VIETNAM));
        }
        Announcement announcement = create(draft, actor);
        String before = describe(announcement);
        store(announcement, fileName, contentType, content);
        em.flush();
        audit.record(actor, "news.attach", subject(announcement), before, describe(announcement));
        return announcement;
    }

    private Attachment store(Announcement announcement, String fileName, String contentType, byte[] content) {
        if (content == null || content.length == 0) {
            throw new NewsRefused("news.error.fileEmpty", "The file is empty.");
        }
        if (content.length > Attachment.MAX_BYTES) {
            throw new NewsRefused("news.error.fileTooLarge", "The file is larger than 20 MB.");
        }
        AttachmentType type = FileSniffer.typeOf(content).orElseThrow(() -> new NewsRefused("news.error.fileType",
            "The file is not a PDF, XLSX, DOCX, CSV, PNG or JPEG file."));
        if (contentType != null && !type.contentType().startsWith(contentType.split(";")[0].strip().toLowerCase(Locale.ROOT))) {
            throw new NewsRefused("news.error.fileTypeMismatch", "The file's content is " + type + ", not " + contentType + ".");
        }
        String name = FileNames.forType(fileName, type).orElseThrow(() -> new NewsRefused("news.error.fileTypeMismatch",
            "The file's content is " + type + ", but its name says otherwise."));
        String stored = files.store(content, type);
        transactions.registerInterposedSynchronization(after(status -> status != Status.STATUS_COMMITTED,
            () -> files.delete(stored)));
        return announcement.attach(name, stored, type, content.length);
    }

    private Optional<Announcement> find(String idOrSlug) {
        if (idOrSlug == null || idOrSlug.isBlank() || idOrSlug.length() > Announcement.SLUG_LENGTH) {
            return Optional.empty();
        }
        if (idOrSlug.chars().allMatch(Character::isDigit) && idOrSlug.length() < 18) {
            return Optional.ofNullable(em.find(Announcement.class, Long.parseLong(idOrSlug)));
        }
        return em.createNamedQuery(Announcement.FIND_BY_SLUG, Announcement.class).setParameter("slug", idOrSlug)
            .getResultStream().findFirst();
    }

    private static Announcement.Texts texts(AnnouncementDraft draft) {
        String titleVi = title(draft.getTitleVi());
        String bodyVi = body(draft.getBodyVi());
        if (titleVi == null || bodyVi == null) {
            throw new NewsRefused("news.error.vietnameseRequired", "A Vietnamese title and body are required.");
        }
        String titleEn = title(draft.getTitleEn());
        String bodyEn = body(draft.getBodyEn());
        if ((titleEn == null) != (bodyEn == null)) {
            throw new NewsRefused("news.error.englishIncomplete", "An English title needs an English body, and the other way round.");
        }
        return new Announcement.Texts(titleVi, bodyVi, titleEn, bodyEn);
    }

    private static String title(String title) {
        String clean = title == null ? "" : title.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (clean.length() > Announcement.TITLE_LENGTH) {
            throw new NewsRefused("news.error.titleTooLong", "A title has at most " + Announcement.TITLE_LENGTH + " characters.");
        }
        return clean.isEmpty() ? null : clean;
    }

    /** The sanitised body, or null when nothing readable is left. */
    private static String body(String html) {
        String safe = RichText.sanitise(html);
        if (safe.length() > Announcement.BODY_LENGTH) {
            throw new NewsRefused("news.error.bodyTooLong", "A body has at most " + Announcement.BODY_LENGTH + " characters of HTML.");
        }
        return RichText.text(safe).isEmpty() ? null : safe;
    }

    private String slugFor(AnnouncementDraft draft, Announcement.Texts texts, Announcement current) {
        String asked = draft.getSlug() == null ? "" : draft.getSlug().strip();
        if (!asked.isEmpty()) {
            if (!Slugs.isValid(asked)) {
                throw new NewsRefused("news.error.slugInvalid", "A slug is lower-case letters and digits joined by hyphens, with a letter.");
            }
            if (takenByOther(asked, current)) {
                throw new NewsRefused("news.error.slugTaken", "Another announcement has the slug " + asked + ".");
            }
            return asked;
        }
        if (current != null) {
            return current.getSlug();
        }
        String base = Slugs.of(texts.titleVi());
        String slug = base;
        for (int n = 2; takenByOther(slug, null); n++) {
            slug = Slugs.numbered(base, n);
        }
        return slug;
    }

    private boolean takenByOther(String slug, Announcement current) {
        return em.createNamedQuery(Announcement.FIND_BY_SLUG, Announcement.class).setParameter("slug", slug)
            .getResultStream().anyMatch(a -> current == null || !a.getId().equals(current.getId()));
    }

    private static Instant publishAt(AnnouncementDraft draft) {
        return draft.getPublishAt() == null ? null : draft.getPublishAt().atZone(PortalClock.VIETNAM).toInstant();
    }

    private void afterCommit(Runnable action) {
        transactions.registerInterposedSynchronization(after(status -> status == Status.STATUS_COMMITTED, action));
    }

    private static Synchronization after(java.util.function.IntPredicate when, Runnable action) {
        return new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Files follow the outcome only.
            }

            @Override
            public void afterCompletion(int status) {
                if (when.test(status)) {
                    action.run();
                }
            }
        };
    }

    private static String subject(Announcement announcement) {
        return "announcement " + announcement.getId();
    }

    private static String describe(Announcement a) {
        return "slug=" + a.getSlug() + "; titleVi=" + a.getTitleVi() + "; titleEn=" + a.getTitleEn() + "; publishAt="
            + a.getPublishAt() + "; bodyVi=" + a.getBodyVi().length() + " chars; bodyEn="
            + (a.getBodyEn() == null ? "none" : a.getBodyEn().length() + " chars") + "; attachments="
            + a.getAttachments().stream().map(Attachment::getFileName).toList();
    }
}
