package vn.ocop.portal.logouse.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

import vn.ocop.portal.platform.entity.Refused;

/**
 * A member of the public's report of a suspected misuse of the mark. The reporter's contact is for the OCOP office
 * only: nothing public ever reads it. Triage runs NEW → INVESTIGATING → CLOSED (with an outcome); a report may be
 * closed straight from NEW (e.g. spam), and turning it into an inspection puts it under investigation.
 */
@Entity
@Table(name = "misuse_report")
@NamedQuery(name = MisuseReport.FIND_BY_STATUS,
    query = "select r from MisuseReport r where r.status = :status order by r.receivedAt desc, r.id desc")
@NamedQuery(name = MisuseReport.COUNT_BY_STATUS, query = "select count(r) from MisuseReport r where r.status = :status")
@NamedQuery(name = MisuseReport.FIND_NEWEST, query = "select r from MisuseReport r order by r.receivedAt desc, r.id desc")
public class MisuseReport {

    public static final String FIND_BY_STATUS = "MisuseReport.findByStatus";
    public static final String COUNT_BY_STATUS = "MisuseReport.countByStatus";
    public static final String FIND_NEWEST = "MisuseReport.findNewest";
    public static final int PRODUCT_LENGTH = 200;
    public static final int WHERE_LENGTH = 300;
    public static final int DESCRIPTION_LENGTH = 2000;
    public static final int CONTACT_LENGTH = 200;
    public static final int OUTCOME_LENGTH = 1000;
    public static final int MAX_PHOTOS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "misuse_report")
    @TableGenerator(name = "misuse_report", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
        pkColumnValue = "misuse_report", allocationSize = 20)
    private Long id;

    @Column(name = "product_or_brand", nullable = false, length = PRODUCT_LENGTH)
    private String productOrBrand;

    @Column(name = "where_seen", nullable = false, length = WHERE_LENGTH)
    private String whereSeen;

    @Column(nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @Column(length = CONTACT_LENGTH)
    private String contact;

    @Column(name = "photo_1", length = 120)
    private String photo1;

    @Column(name = "photo_2", length = 120)
    private String photo2;

    @Column(name = "photo_3", length = 120)
    private String photo3;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportStatus status = ReportStatus.NEW;

    @Column(length = OUTCOME_LENGTH)
    private String outcome;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "inspection_id")
    private Inspection inspection;

    @Version
    private int version;

    protected MisuseReport() {
    }

    public MisuseReport(String productOrBrand, String whereSeen, String description, String contact, List<String> photos,
                        Instant receivedAt) {
        if (photos.size() > MAX_PHOTOS) {
            throw new Refused("misuse.error.tooManyPhotos", MAX_PHOTOS);
        }
        this.productOrBrand = productOrBrand.strip();
        this.whereSeen = whereSeen.strip();
        this.description = description.strip();
        this.contact = contact == null || contact.isBlank() ? null : contact.strip();
        this.photo1 = photos.size() > 0 ? photos.get(0) : null;
        this.photo2 = photos.size() > 1 ? photos.get(1) : null;
        this.photo3 = photos.size() > 2 ? photos.get(2) : null;
        this.receivedAt = receivedAt;
    }

    /** The office looks into it. */
    public void investigate() {
        if (status != ReportStatus.NEW) {
            throw new Refused("misuse.error.notNew");
        }
        status = ReportStatus.INVESTIGATING;
    }

    /** The office is done with it, and says how it ended. */
    public void close(String outcome) {
        if (status == ReportStatus.CLOSED) {
            throw new Refused("misuse.error.closed");
        }
        if (outcome == null || outcome.isBlank()) {
            throw new Refused("misuse.error.outcomeRequired");
        }
        if (outcome.strip().length() > OUTCOME_LENGTH) {
            throw new Refused("misuse.error.outcomeTooLong", OUTCOME_LENGTH);
        }
        this.outcome = outcome.strip();
        status = ReportStatus.CLOSED;
    }

    /** An inspection follows the report up; the report is under investigation from then on. */
    public void followUpBy(Inspection inspection) {
        if (status == ReportStatus.CLOSED) {
            throw new Refused("misuse.error.closed");
        }
        if (this.inspection != null) {
            throw new Refused("misuse.error.hasInspection");
        }
        this.inspection = inspection;
        status = ReportStatus.INVESTIGATING;
    }

    public List<String> getPhotos() {
        List<String> photos = new ArrayList<>(MAX_PHOTOS);
        for (String photo : new String[] {photo1, photo2, photo3}) {
            if (photo != null) {
                photos.add(photo);
            }
        }
        return Collections.unmodifiableList(photos);
    }

    public Long getId() {
        return id;
    }

    public String getProductOrBrand() {
        return productOrBrand;
    }

    public String getWhereSeen() {
        return whereSeen;
    }

    public String getDescription() {
        return description;
    }

    /** The reporter's contact: ADMIN only (boundaries guard who calls). */
    public String getContact() {
        return contact;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getOutcome() {
        return outcome;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Inspection getInspection() {
        return inspection;
    }

    public int getVersion() {
        return version;
    }
}
