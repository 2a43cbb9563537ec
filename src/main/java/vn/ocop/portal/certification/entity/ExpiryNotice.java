package vn.ocop.portal.certification.entity;

import java.time.Instant;

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

/**
 * The log of one expiry notice: one row per certificate and threshold (a unique key), so that no run, however often
 * it runs and on however many instances, mails a producer twice for the same threshold. A failed attempt updates the
 * same row when it is tried again.
 */
@Entity
@Table(name = "expiry_notice")
@NamedQuery(name = ExpiryNotice.FIND_BY_CERTIFICATE_AND_THRESHOLD,
    query = "select n from ExpiryNotice n where n.certificate = :certificate and n.thresholdDays = :days")
@NamedQuery(name = ExpiryNotice.FIND_CANDIDATES, query = "select c.id from Certificate c "
    + "where c.state = vn.ocop.portal.certification.entity.CertificateState.ACTIVE and c.expiresOn between :from and :until "
    + "and not exists (select n from ExpiryNotice n where n.certificate = c and n.thresholdDays = :days "
    + "and (n.outcome = vn.ocop.portal.certification.entity.NoticeOutcome.SENT "
    + "or (n.outcome = vn.ocop.portal.certification.entity.NoticeOutcome.PENDING and n.sentAt > :pendingSince))) "
    + "order by c.expiresOn, c.id")
@NamedQuery(name = ExpiryNotice.FIND_NEWEST, query = "select n from ExpiryNotice n join fetch n.certificate c "
    + "join fetch c.product p join fetch p.producer order by n.sentAt desc, n.id desc")
@NamedQuery(name = ExpiryNotice.COUNT_ALL, query = "select count(n) from ExpiryNotice n")
@NamedQuery(name = ExpiryNotice.FIND_NEWEST_WITH_OUTCOME, query = "select n from ExpiryNotice n join fetch n.certificate c "
    + "join fetch c.product p join fetch p.producer where n.outcome = :outcome order by n.sentAt desc, n.id desc")
@NamedQuery(name = ExpiryNotice.COUNT_WITH_OUTCOME, query = "select count(n) from ExpiryNotice n where n.outcome = :outcome")
@NamedQuery(name = ExpiryNotice.FIND_BY_CERTIFICATE_NUMBER, query = "select n from ExpiryNotice n join fetch n.certificate c "
    + "join fetch c.product p join fetch p.producer where c.number = :number order by n.sentAt desc, n.id desc")
public class ExpiryNotice {

    public static final String FIND_BY_CERTIFICATE_AND_THRESHOLD = "ExpiryNotice.findByCertificateAndThreshold";
    public static final String FIND_CANDIDATES = "ExpiryNotice.findCandidates";
    public static final String FIND_NEWEST = "ExpiryNotice.findNewest";
    public static final String COUNT_ALL = "ExpiryNotice.countAll";
    public static final String FIND_NEWEST_WITH_OUTCOME = "ExpiryNotice.findNewestWithOutcome";
    public static final String COUNT_WITH_OUTCOME = "ExpiryNotice.countWithOutcome";
    public static final String FIND_BY_CERTIFICATE_NUMBER = "ExpiryNotice.findByCertificateNumber";
    public static final int RECIPIENT_LENGTH = 120;
    public static final int ERROR_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "expiry_notice")
    @TableGenerator(name = "expiry_notice", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
        pkColumnValue = "expiry_notice", allocationSize = 20)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certificate_id")
    private Certificate certificate;

    @Column(name = "threshold_days", nullable = false)
    private int thresholdDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NoticeOutcome outcome;

    @Column(length = RECIPIENT_LENGTH)
    private String recipient;

    /** When the last attempt was made (the real time, even when OCOP_TODAY pins the day). */
    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(length = ERROR_LENGTH)
    private String error;

    @Version
    private int version;

    protected ExpiryNotice() {
    }

    public ExpiryNotice(Certificate certificate, ExpiryThreshold threshold) {
        this.certificate = certificate;
        this.thresholdDays = threshold.getDays();
    }

    /** Whether a run may (re)try this notice: not when it went out, nor while another run is sending it. */
    public boolean isOpen(Instant pendingSince) {
        return outcome == null || outcome == NoticeOutcome.FAILED || outcome == NoticeOutcome.NO_ADDRESS
            || (outcome == NoticeOutcome.PENDING && !sentAt.isAfter(pendingSince));
    }

    /** Taken by this run, to be sent to that address now. */
    public void claim(String to, Instant at) {
        attempt(NoticeOutcome.PENDING, to, at, null);
    }

    public void noAddress(Instant at) {
        attempt(NoticeOutcome.NO_ADDRESS, null, at, "The producer has no e-mail address");
    }

    public void sent(Instant at) {
        outcome = NoticeOutcome.SENT;
        sentAt = at;
        error = null;
    }

    public void failed(Instant at, String reason) {
        outcome = NoticeOutcome.FAILED;
        sentAt = at;
        error = clip(reason);
    }

    private void attempt(NoticeOutcome next, String to, Instant at, String reason) {
        outcome = next;
        recipient = to;
        sentAt = at;
        error = clip(reason);
        attempts++;
    }

    private static String clip(String text) {
        return text == null || text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH);
    }

    public Long getId() {
        return id;
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public ExpiryThreshold getThreshold() {
        return ExpiryThreshold.ofDays(thresholdDays).orElseThrow();
    }

    public int getThresholdDays() {
        return thresholdDays;
    }

    public NoticeOutcome getOutcome() {
        return outcome;
    }

    public String getRecipient() {
        return recipient;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getError() {
        return error;
    }
}
