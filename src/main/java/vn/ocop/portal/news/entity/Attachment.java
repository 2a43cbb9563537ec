package vn.ocop.portal.news.entity;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/**
 * A file attached to an announcement. The file is stored under a random name ({@link #getStoredName()}); the name the
 * user gave is kept only for the download's Content-Disposition, and its type is what the content proved to be.
 */
@Entity
@Table(name = "announcement_attachment")
public class Attachment {

    public static final int FILE_NAME_LENGTH = 200;
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "announcement_attachment")
    @TableGenerator(name = "announcement_attachment", table = "id_sequence", pkColumnName = "seq_name",
        valueColumnName = "seq_count", pkColumnValue = "announcement_attachment", allocationSize = 20)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "announcement_id")
    private Announcement announcement;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_LENGTH)
    private String fileName;

    @Column(name = "stored_name", nullable = false, length = 80)
    private String storedName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false, length = 8)
    private AttachmentType type;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Attachment() {
    }

    Attachment(Announcement announcement, String fileName, String storedName, AttachmentType type, long size, int sortOrder) {
        this.announcement = Objects.requireNonNull(announcement);
        this.fileName = Objects.requireNonNull(fileName);
        this.storedName = Objects.requireNonNull(storedName);
        this.type = Objects.requireNonNull(type);
        this.size = size;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public Announcement getAnnouncement() {
        return announcement;
    }

    public String getFileName() {
        return fileName;
    }

    public String getStoredName() {
        return storedName;
    }

    public AttachmentType getType() {
        return type;
    }

    public long getSize() {
        return size;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
