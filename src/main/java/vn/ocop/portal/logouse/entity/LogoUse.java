package vn.ocop.portal.logouse.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import vn.ocop.portal.certification.entity.CertificateStatus;
import vn.ocop.portal.certification.entity.Stars;
import vn.ocop.portal.certification.entity.StarsConverter;
import vn.ocop.portal.platform.entity.Refused;

/**
 * The office's permission for one certificate to carry the mark in one form of use (packaging, premises, ...), with
 * the approved artwork and the period. The rules of Decision 1162 live here: only a valid certificate of 3★ or more,
 * only its own star level, never past its expiry. When the certificate's right ends, the record turns to "must stop"
 * or "must change stars" by itself (see {@link #endRight}).
 */
@Entity
@Table(name = "logo_use")
@NamedQuery(name = LogoUse.FIND_BY_CERTIFICATE_AND_FORM,
    query = "select u from LogoUse u where u.certificate = :certificate and u.form = :form")
@NamedQuery(name = LogoUse.FIND_ACTIVE_OF_CERTIFICATE, query = "select u from LogoUse u "
    + "where u.certificate = :certificate and u.status = vn.ocop.portal.logouse.entity.LogoUseStatus.ACTIVE order by u.id")
@NamedQuery(name = LogoUse.FIND_ACTIVE_EXPIRED, query = "select u from LogoUse u join fetch u.certificate c "
    + "where u.status = vn.ocop.portal.logouse.entity.LogoUseStatus.ACTIVE and c.expiresOn <= :today order by c.id, u.id")
@NamedQuery(name = LogoUse.FIND_LISTED, query = LogoUse.LISTED + "order by u.id desc")
@NamedQuery(name = LogoUse.COUNT_ALL, query = "select count(u) from LogoUse u")
@NamedQuery(name = LogoUse.FIND_LISTED_WITH_STATUS, query = LogoUse.LISTED + "where u.status in :statuses order by u.id desc")
@NamedQuery(name = LogoUse.COUNT_WITH_STATUS, query = "select count(u) from LogoUse u where u.status in :statuses")
@NamedQuery(name = LogoUse.FIND_OF_CERTIFICATE, query = "select u from LogoUse u where u.certificate = :certificate order by u.form")
public class LogoUse {

    public static final String FIND_BY_CERTIFICATE_AND_FORM = "LogoUse.findByCertificateAndForm";
    public static final String FIND_ACTIVE_OF_CERTIFICATE = "LogoUse.findActiveOfCertificate";
    public static final String FIND_ACTIVE_EXPIRED = "LogoUse.findActiveExpired";
    public static final String FIND_LISTED = "LogoUse.findListed";
    public static final String COUNT_ALL = "LogoUse.countAll";
    public static final String FIND_LISTED_WITH_STATUS = "LogoUse.findListedWithStatus";
    public static final String COUNT_WITH_STATUS = "LogoUse.countWithStatus";
    public static final String FIND_OF_CERTIFICATE = "LogoUse.findOfCertificate";
    public static final String LISTED = "select u from LogoUse u join fetch u.certificate c join fetch c.product p "
        + "join fetch p.producer ";
    public static final int ARTWORK_LENGTH = 120;
    public static final int NOTES_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "logo_use")
    @TableGenerator(name = "logo_use", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
        pkColumnValue = "logo_use", allocationSize = 20)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certificate_id")
    private Certificate certificate;

    @Enumerated(EnumType.STRING)
    @Column(name = "use_form", nullable = false, length = 24)
    private UseForm form;

    /** The stored image name given by platform Images, e.g. "logouse/3f2a….png"; null until artwork is approved. */
    @Column(length = ARTWORK_LENGTH)
    private String artwork;

    @Convert(converter = StarsConverter.class)
    @Column(nullable = false)
    private Stars stars;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(length = NOTES_LENGTH)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private LogoUseStatus status = LogoUseStatus.ACTIVE;

    @Column(name = "status_since")
    private LocalDate statusSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "ended_by", length = 24)
    private RightEnded endedBy;

    @Version
    private int version;

    protected LogoUse() {
    }

    public LogoUse(Certificate certificate, UseForm form, Stars stars, LocalDate validFrom, LocalDate validUntil,
                   String notes, LocalDate today) {
        this.certificate = certificate;
        this.form = form;
        this.statusSince = today;
        change(stars, validFrom, validUntil, notes, today);
    }

    /** The office corrects the permission; the same rules apply as on recording it. */
    public void change(Stars stars, LocalDate validFrom, LocalDate validUntil, String notes, LocalDate today) {
        requirePermitted(certificate, stars, validFrom, validUntil, today);
        this.stars = stars;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    /**
     * The rules of the mark: a certificate that is certified (3★+), valid today, the certificate's own stars, and a
     * period that ends before the certificate's expiry date (on that date it is no longer valid).
     */
    public static void requirePermitted(Certificate certificate, Stars stars, LocalDate validFrom, LocalDate validUntil,
                                        LocalDate today) {
        if (!certificate.getStars().isCertified()) {
            throw new Refused("logouse.error.notCertified", certificate.getNumber(), certificate.getStars().getValue());
        }
        CertificateStatus status = certificate.statusOn(today, 0);
        if (status != CertificateStatus.VALID && status != CertificateStatus.EXPIRING) {
            throw new Refused("logouse.error.notValid", certificate.getNumber(), status.name());
        }
        if (stars == null || !stars.equals(certificate.getStars())) {
            throw new Refused("logouse.error.starsDiffer", stars == null ? "-" : stars.getValue(),
                certificate.getStars().getValue(), certificate.getNumber());
        }
        if (validFrom == null || validUntil == null || validUntil.isBefore(validFrom)) {
            throw new Refused("logouse.error.periodReversed");
        }
        if (!validUntil.isBefore(certificate.getExpiresOn())) {
            throw new Refused("logouse.error.periodPastExpiry", validUntil.toString(),
                certificate.getExpiresOn().toString(), certificate.getNumber());
        }
    }

    /**
     * The certificate's right ended: an active use must stop, or print the new (lower) star level. Returns whether
     * it changed, so that a run that runs twice notifies once.
     */
    public boolean endRight(RightEnded why, LocalDate on) {
        if (status != LogoUseStatus.ACTIVE) {
            return false;
        }
        status = why.statusOfActiveUses();
        statusSince = on;
        endedBy = why;
        return true;
    }

    /** The office found the use stopped (or stops it itself): it leaves the worklist. */
    public boolean markStopped(LocalDate on) {
        if (status == LogoUseStatus.STOPPED) {
            return false;
        }
        status = LogoUseStatus.STOPPED;
        statusSince = on;
        return true;
    }

    /** Whether the producer may still print the mark in this form on a day. */
    public boolean isPermittedOn(LocalDate day) {
        return status == LogoUseStatus.ACTIVE && !day.isBefore(validFrom) && !day.isAfter(validUntil)
            && certificate.statusOn(day, 0) == CertificateStatus.VALID;
    }

    public void approveArtwork(String storedName) {
        this.artwork = storedName;
    }

    public Long getId() {
        return id;
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public UseForm getForm() {
        return form;
    }

    public String getArtwork() {
        return artwork;
    }

    public Stars getStars() {
        return stars;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getNotes() {
        return notes;
    }

    public LogoUseStatus getStatus() {
        return status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public RightEnded getEndedBy() {
        return endedBy;
    }

    public int getVersion() {
        return version;
    }
}
