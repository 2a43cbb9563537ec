package vn.ocop.portal.news.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/**
 * A piece of news or an announcement: a Vietnamese title and body, optionally an English one, and a publish moment.
 * Without a publish moment it is a draft; with one in the future it stays hidden until then. Bodies are stored as
 * sanitised HTML, never as the markup the editor sent.
 */
@Entity
@Table(name = "announcement")
@NamedQuery(name = Announcement.FIND_PUBLISHED, query = "select a from Announcement a "
    + "where a.publishAt is not null and a.publishAt <= :now order by a.publishAt desc, a.id desc")
@NamedQuery(name = Announcement.COUNT_PUBLISHED, query = "select count(a) from Announcement a "
    + "where a.publishAt is not null and a.publishAt <= :now")
@NamedQuery(name = Announcement.FIND_BY_SLUG, query = "select a from Announcement a where a.slug = :slug")
@NamedQuery(name = Announcement.FIND_ALL, query = "select a from Announcement a order by a.updatedAt desc, a.id desc")
@NamedQuery(name = Announcement.COUNT_ALL, query = "select count(a) from Announcement a")
public class Announcement {

    public static final String FIND_PUBLISHED = "Announcement.findPublished";
    public static final String COUNT_PUBLISHED = "Announcement.countPublished";
    public static final String FIND_BY_SLUG = "Announcement.findBySlug";
    public static final String FIND_ALL = "Announcement.findAll";
    public static final String COUNT_ALL = "Announcement.countAll";

    public static final int TITLE_LENGTH = 200;
    public static final int SLUG_LENGTH = 120;
    /** Characters of sanitised HTML: a long circular, far below MEDIUMTEXT's 16 MB. */
    public static final int BODY_LENGTH = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "announcement")
    @TableGenerator(name = "announcement", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
        pkColumnValue = "announcement", allocationSize = 20)
    private Long id;

    /** A random id for the Atom feed (urn:uuid:…), stable whatever address the portal is reached at. */
    @Column(nullable = false, length = 36, updatable = false)
    private String uid;

    @Column(nullable = false, length = SLUG_LENGTH)
    private String slug;

    @Column(name = "title_vi", nullable = false, length = TITLE_LENGTH)
    private String titleVi;

    @Column(name = "body_vi", nullable = false)
    private String bodyVi;

    @Column(name = "title_en", length = TITLE_LENGTH)
    private String titleEn;

    @Column(name = "body_en")
    private String bodyEn;

    @Column(name = "publish_at")
    private Instant publishAt;

    @Column(name = "created_by", nullable = false, length = 80, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 80)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    @OneToMany(mappedBy = "announcement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder, id")
    private List<Attachment> attachments = new ArrayList<>();

    protected Announcement() {
    }

    public Announcement(String slug, Texts texts, Instant publishAt, String actor, Instant now) {
        this.uid = UUID.randomUUID().toString();
        this.slug = Objects.requireNonNull(slug);
        this.createdBy = Objects.requireNonNull(actor);
        this.createdAt = Objects.requireNonNull(now);
        revise(slug, texts, publishAt, actor, now);
    }

    /** Titles and sanitised bodies, English ones null when not given. */
    public record Texts(String titleVi, String bodyVi, String titleEn, String bodyEn) {
        public Texts {
            Objects.requireNonNull(titleVi);
            Objects.requireNonNull(bodyVi);
        }
    }

    public final void revise(String newSlug, Texts texts, Instant newPublishAt, String actor, Instant now) {
        this.slug = Objects.requireNonNull(newSlug);
        this.titleVi = texts.titleVi();
        this.bodyVi = texts.bodyVi();
        this.titleEn = texts.titleEn();
        this.bodyEn = texts.bodyEn();
        this.publishAt = newPublishAt;
        this.updatedBy = Objects.requireNonNull(actor);
        this.updatedAt = Objects.requireNonNull(now);
    }

    public void unpublish(String actor, Instant now) {
        this.publishAt = null;
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    /** Public from its publish moment on. */
    public boolean isPublicAt(Instant now) {
        return publishAt != null && !publishAt.isAfter(now);
    }

    public boolean hasEnglish() {
        return titleEn != null && bodyEn != null;
    }

    public String title(boolean english) {
        return english && hasEnglish() ? titleEn : titleVi;
    }

    public String body(boolean english) {
        return english && hasEnglish() ? bodyEn : bodyVi;
    }

    /** The latest of its last edit and its publication: when a reader last saw it change. */
    public Instant lastChange() {
        return publishAt != null && publishAt.isAfter(updatedAt) ? publishAt : updatedAt;
    }

    public Attachment attach(String fileName, String storedName, AttachmentType type, long size) {
        int next = attachments.stream().mapToInt(Attachment::getSortOrder).max().orElse(0) + 1;
        Attachment attachment = new Attachment(this, fileName, storedName, type, size, next);
        attachments.add(attachment);
        return attachment;
    }

    public void detach(Attachment attachment) {
        attachments.remove(attachment);
    }

    public Long getId() {
        return id;
    }

    public String getUid() {
        return uid;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitleVi() {
        return titleVi;
    }

    public String getBodyVi() {
        return bodyVi;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }

    public List<Attachment> getAttachments() {
        return Collections.unmodifiableList(attachments);
    }
}
