package vn.ocop.portal.logouse.entity;

import java.time.LocalDate;

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

import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.platform.entity.Refused;
import vn.ocop.portal.producer.entity.Producer;

/**
 * One misuse of the mark an inspection found: its type, the sanction or outcome, and a follow-up date until which the
 * office checks that it stopped. It names the producer, and the certificate and logo-use record when there is one.
 */
@Entity
@Table(name = "violation")
@NamedQuery(name = Violation.COUNT_BY_TYPE,
    query = "select v.type, count(v) from Violation v group by v.type order by v.type")
@NamedQuery(name = Violation.COUNT_BY_PROVINCE, query = "select pr.name, count(v) from Violation v "
    + "join v.producer p join p.province pr group by pr.id, pr.name order by count(v) desc, pr.name")
@NamedQuery(name = Violation.FIND_FOUND_SINCE, query = "select v.foundOn from Violation v where v.foundOn >= :since")
@NamedQuery(name = Violation.FIND_OPEN_FOLLOW_UPS, query = "select v from Violation v join fetch v.producer "
    + "join fetch v.inspection where v.followedUp = false and v.followUpOn is not null order by v.followUpOn, v.id")
@NamedQuery(name = Violation.FIND_ALL, query = "select v from Violation v join fetch v.producer p join fetch p.province "
    + "join fetch v.inspection left join fetch v.certificate order by v.foundOn desc, v.id desc")
public class Violation {

    public static final String COUNT_BY_TYPE = "Violation.countByType";
    public static final String COUNT_BY_PROVINCE = "Violation.countByProvince";
    public static final String FIND_FOUND_SINCE = "Violation.findFoundSince";
    public static final String FIND_OPEN_FOLLOW_UPS = "Violation.findOpenFollowUps";
    public static final String FIND_ALL = "Violation.findAll";
    public static final int DESCRIPTION_LENGTH = 2000;
    public static final int SANCTION_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "violation")
    @TableGenerator(name = "violation", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
        pkColumnValue = "violation", allocationSize = 20)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inspection_id")
    private Inspection inspection;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "producer_id")
    private Producer producer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "certificate_id")
    private Certificate certificate;

    /** The logo-use record the violation is about, when the mark was permitted at all. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "logo_use_id")
    private LogoUse logoUse;

    @Enumerated(EnumType.STRING)
    @Column(name = "violation_type", nullable = false, length = 40)
    private ViolationType type;

    @Column(nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @Column(length = SANCTION_LENGTH)
    private String sanction;

    @Column(name = "found_on", nullable = false)
    private LocalDate foundOn;

    @Column(name = "follow_up_on")
    private LocalDate followUpOn;

    @Column(name = "followed_up", nullable = false)
    private boolean followedUp;

    @Version
    private int version;

    protected Violation() {
    }

    Violation(Inspection inspection, ViolationType type, String description, Certificate certificate, LogoUse logoUse,
              String sanction, LocalDate foundOn, LocalDate followUpOn) {
        if (type == null) {
            throw new Refused("inspections.error.typeRequired");
        }
        if (description == null || description.isBlank()) {
            throw new Refused("inspections.error.descriptionRequired");
        }
        if (foundOn == null) {
            throw new Refused("inspections.error.dateRequired");
        }
        if (followUpOn != null && followUpOn.isBefore(foundOn)) {
            throw new Refused("inspections.error.followUpBeforeFound");
        }
        if (type == ViolationType.MARK_ON_UNCERTIFIED_PRODUCT && logoUse != null) {
            // An uncertified product has no permitted use to point at.
            throw new Refused("inspections.error.uncertifiedWithLogoUse");
        }
        this.inspection = inspection;
        this.producer = inspection.getProducer();
        this.type = type;
        this.description = description.strip();
        this.certificate = certificate;
        this.logoUse = logoUse;
        this.sanction = sanction == null || sanction.isBlank() ? null : sanction.strip();
        this.foundOn = foundOn;
        this.followUpOn = followUpOn;
    }

    /** The office checked on the follow-up date that the misuse stopped (or recorded what came of it). */
    public void followedUp(String outcome) {
        if (followUpOn == null || followedUp) {
            throw new Refused("inspections.error.noOpenFollowUp");
        }
        followedUp = true;
        if (outcome != null && !outcome.isBlank()) {
            sanction = sanction == null ? outcome.strip() : (sanction + " — " + outcome.strip());
            if (sanction.length() > SANCTION_LENGTH) {
                sanction = sanction.substring(0, SANCTION_LENGTH);
            }
        }
    }

    public boolean isFollowUpOpen() {
        return followUpOn != null && !followedUp;
    }

    public Long getId() {
        return id;
    }

    public Inspection getInspection() {
        return inspection;
    }

    public Producer getProducer() {
        return producer;
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public LogoUse getLogoUse() {
        return logoUse;
    }

    public Long getLogoUseId() {
        return logoUse == null ? null : logoUse.getId();
    }

    public ViolationType getType() {
        return type;
    }

    public String getDescription() {
        return description;
    }

    public String getSanction() {
        return sanction;
    }

    public LocalDate getFoundOn() {
        return foundOn;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public boolean isFollowedUp() {
        return followedUp;
    }

    public int getVersion() {
        return version;
    }
}
