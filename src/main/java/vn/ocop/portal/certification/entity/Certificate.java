package vn.ocop.portal.certification.entity;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

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

import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.catalogue.entity.ProductGroup;
import vn.ocop.portal.platform.entity.BusinessException;

/**
 * An OCOP certificate: a product's stars, granted by one decision, valid for 36 months from the decision date. A
 * product keeps all its certificates; the newest is its current one and the older ones are superseded.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = Certificate.FIND_BY_NUMBER, query = "select c from Certificate c where c.number = :number")
@NamedQuery(name = Certificate.FIND_BY_NUMBER_IGNORING_CASE,
    query = "select c from Certificate c where upper(c.number) = :number order by c.id desc")
@NamedQuery(name = Certificate.FIND_ALL_NUMBERS, query = "select c from Certificate c join fetch c.product join fetch c.decision")
@NamedQuery(name = Certificate.FIND_HISTORY,
    query = "select c from Certificate c join fetch c.decision where c.product = :product order by c.decision.decisionDate desc, c.id desc")
@NamedQuery(name = Certificate.FIND_NEWEST_CURRENT, query = "select c from Certificate c join fetch c.product p "
    + "join fetch c.decision d join fetch p.producer join fetch p.province where p.currentCertificate = c and c.state = vn.ocop.portal.certification.entity.CertificateState.ACTIVE "
    + "and c.expiresOn > :today and p.hiddenReason is null order by d.decisionDate desc, c.id desc")
@NamedQuery(name = Certificate.FIND_EXPIRING_BETWEEN, query = Certificate.LISTED
    + "where c.state = vn.ocop.portal.certification.entity.CertificateState.ACTIVE and c.expiresOn between :from and :until "
    + "order by c.expiresOn, c.id")
@NamedQuery(name = Certificate.COUNT_EXPIRING_BETWEEN, query = "select count(c) from Certificate c "
    + "where c.state = vn.ocop.portal.certification.entity.CertificateState.ACTIVE and c.expiresOn between :from and :until")
@NamedQuery(name = Certificate.FIND_EXPIRED, query = Certificate.LISTED
    + "where c.state = vn.ocop.portal.certification.entity.CertificateState.ACTIVE and c.expiresOn <= :today "
    + "order by c.expiresOn desc, c.id")
@NamedQuery(name = Certificate.COUNT_EXPIRED, query = "select count(c) from Certificate c "
    + "where c.state = vn.ocop.portal.certification.entity.CertificateState.ACTIVE and c.expiresOn <= :today")
@NamedQuery(name = Certificate.FIND_EXPIRED_DECIDED_BETWEEN, query = Certificate.LISTED
    + "where c.state = vn.ocop.portal.certification.entity.CertificateState.ACTIVE and c.expiresOn <= :today "
    + "and d.decisionDate between :from and :until order by c.expiresOn, c.id")
@NamedQuery(name = Certificate.COUNT_EXPIRED_DECIDED_BETWEEN, query = "select count(c) from Certificate c join c.decision d "
    + "where c.state = vn.ocop.portal.certification.entity.CertificateState.ACTIVE and c.expiresOn <= :today "
    + "and d.decisionDate between :from and :until")
@NamedQuery(name = Certificate.FIRST_EXPIRY_DECIDED_BETWEEN, query = "select min(c.expiresOn) from Certificate c join c.decision d "
    + "where c.state = vn.ocop.portal.certification.entity.CertificateState.ACTIVE and c.expiresOn <= :today "
    + "and d.decisionDate between :from and :until")
@NamedQuery(name = Certificate.COUNT_BY_STATE, query = "select c.state, count(c) from Certificate c group by c.state")
@NamedQuery(name = Certificate.COUNT_IN_FORCE_BY_STARS, query = "select c.stars, count(c) from Certificate c "
    + "where c.state = vn.ocop.portal.certification.entity.CertificateState.ACTIVE and c.expiresOn > :today group by c.stars")
@NamedQuery(name = Certificate.COUNT_IN_FORCE_BY_GROUP, query = "select c.group, count(c) from Certificate c "
    + "where c.state = vn.ocop.portal.certification.entity.CertificateState.ACTIVE and c.expiresOn > :today group by c.group")
@NamedQuery(name = Certificate.COUNT_IN_FORCE_BY_PROVINCE, query = "select pr.name, count(c) from Certificate c "
    + "join c.product p join p.province pr "
    + "where c.state = vn.ocop.portal.certification.entity.CertificateState.ACTIVE and c.expiresOn > :today "
    + "group by pr.id, pr.name order by count(c) desc, pr.name")
@NamedQuery(name = Certificate.COUNT_ACTIVE_EXPIRING_BY_DAY, query = "select c.expiresOn, count(c) from Certificate c "
    + "where c.state = vn.ocop.portal.certification.entity.CertificateState.ACTIVE and c.expiresOn between :from and :until "
    + "group by c.expiresOn")
public class Certificate {

    public static final String FIND_BY_NUMBER = "Certificate.findByNumber";
    public static final String FIND_BY_NUMBER_IGNORING_CASE = "Certificate.findByNumberIgnoringCase";
    public static final String FIND_ALL_NUMBERS = "Certificate.findAllWithProduct";
    public static final String FIND_HISTORY = "Certificate.findHistory";
    public static final String FIND_NEWEST_CURRENT = "Certificate.findNewestCurrent";
    public static final String FIND_EXPIRING_BETWEEN = "Certificate.findExpiringBetween";
    public static final String COUNT_EXPIRING_BETWEEN = "Certificate.countExpiringBetween";
    public static final String FIND_EXPIRED = "Certificate.findExpired";
    public static final String COUNT_EXPIRED = "Certificate.countExpired";
    public static final String FIND_EXPIRED_DECIDED_BETWEEN = "Certificate.findExpiredDecidedBetween";
    public static final String COUNT_EXPIRED_DECIDED_BETWEEN = "Certificate.countExpiredDecidedBetween";
    public static final String FIRST_EXPIRY_DECIDED_BETWEEN = "Certificate.firstExpiryDecidedBetween";
    public static final String COUNT_BY_STATE = "Certificate.countByState";
    public static final String COUNT_IN_FORCE_BY_STARS = "Certificate.countInForceByStars";
    public static final String COUNT_IN_FORCE_BY_GROUP = "Certificate.countInForceByGroup";
    public static final String COUNT_IN_FORCE_BY_PROVINCE = "Certificate.countInForceByProvince";
    public static final String COUNT_ACTIVE_EXPIRING_BY_DAY = "Certificate.countActiveExpiringByDay";
    /** A listed certificate comes with what its row shows: product, producer, units and decision. */
    static final String LISTED = "select c from Certificate c join fetch c.product p join fetch p.producer "
        + "join fetch p.province left join fetch p.district left join fetch p.commune join fetch c.decision d ";
    public static final int NUMBER_LENGTH = 60;
    public static final int GROUP_LABEL_LENGTH = 120;
    public static final int VALIDITY_MONTHS = 36;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "certificate")
    @TableGenerator(name = "certificate", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
        pkColumnValue = "certificate", allocationSize = 50)
    private Long id;

    @Column(name = "certificate_number", nullable = false, unique = true, length = NUMBER_LENGTH)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id")
    private EvaluationDecision decision;

    @Convert(converter = StarsConverter.class)
    @Column(nullable = false)
    private Stars stars;

    private Integer score;

    /** The group label exactly as the decision writes it (2019 or 2023 criteria). */
    @Column(name = "group_label", nullable = false, length = GROUP_LABEL_LENGTH)
    private String groupLabel;

    @Enumerated(EnumType.STRING)
    @Column(name = "product_group", nullable = false, length = 16)
    private ProductGroup group;

    /** Derived from the decision date and stored, so that lists of expiring certificates are one indexed query. */
    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CertificateState state = CertificateState.ACTIVE;

    @Column(name = "state_since")
    private LocalDate stateSince;

    @Column(name = "state_reason", length = 500)
    private String stateReason;

    @Version
    private int version;

    protected Certificate() {
    }

    public Certificate(String number, Product product, EvaluationDecision decision, Stars stars, Integer score,
                       String groupLabel, ProductGroup group) {
        this.number = number;
        this.product = product;
        this.decision = decision;
        this.stars = stars;
        this.score = score;
        this.groupLabel = groupLabel;
        this.group = group;
        this.expiresOn = expiresOn(decision.getDecisionDate());
    }

    /** The 36-month rule: on this date the certificate is no longer valid. */
    public static LocalDate expiresOn(LocalDate decisionDate) {
        return decisionDate.plusMonths(VALIDITY_MONTHS);
    }

    public CertificateStatus statusOn(LocalDate day, int expiringWindowDays) {
        return statusOf(state, expiresOn, day, expiringWindowDays);
    }

    /**
     * The status rule on its own, for counts made from grouped queries: an active certificate is expiring from
     * {@code expiringWindowDays} before its expiry date and expired on that date.
     */
    public static CertificateStatus statusOf(CertificateState state, LocalDate expiresOn, LocalDate day,
                                             int expiringWindowDays) {
        return switch (state) {
            case REVOKED -> CertificateStatus.REVOKED;
            case SUSPENDED -> CertificateStatus.SUSPENDED;
            case SUPERSEDED -> CertificateStatus.SUPERSEDED;
            case ACTIVE -> {
                if (!day.isBefore(expiresOn)) {
                    yield CertificateStatus.EXPIRED;
                }
                yield day.isBefore(expiresOn.minusDays(expiringWindowDays)) ? CertificateStatus.VALID : CertificateStatus.EXPIRING;
            }
        };
    }

    /** A newer evaluation of the same product replaces this one; it stays in the product's history. */
    public void supersede(LocalDate on) {
        if (state == CertificateState.ACTIVE || state == CertificateState.SUSPENDED) {
            state = CertificateState.SUPERSEDED;
            stateSince = on;
        }
    }

    /**
     * The office suspends an active certificate from a day, for a reason the public reads: the product may not carry
     * the mark meanwhile.
     */
    public void suspend(LocalDate on, String reason) {
        requireAction(on, reason, state == CertificateState.ACTIVE, "only an active certificate can be suspended");
        changeState(CertificateState.SUSPENDED, on, reason);
    }

    /** A suspension ends: the certificate is active again, until its expiry as before. */
    public void reinstate(LocalDate on) {
        requireAction(on, "-", state == CertificateState.SUSPENDED, "only a suspended certificate can be reinstated");
        changeState(CertificateState.ACTIVE, on, null);
    }

    /** Revocation is final: a revoked certificate stays public, with its status and reason. */
    public void revoke(LocalDate on, String reason) {
        requireAction(on, reason, state == CertificateState.ACTIVE || state == CertificateState.SUSPENDED,
            "only an active or suspended certificate can be revoked");
        changeState(CertificateState.REVOKED, on, reason);
    }

    private void requireAction(LocalDate on, String reason, boolean allowed, String refusal) {
        if (!allowed) {
            throw new BusinessException(number + ": " + refusal + "; it is " + state.name().toLowerCase(Locale.ROOT));
        }
        if (on == null || on.isBefore(decision.getDecisionDate())) {
            throw new BusinessException(number + ": the date must be on or after the decision date, "
                + decision.getDecisionDate());
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException(number + ": give the reason");
        }
    }

    private void changeState(CertificateState next, LocalDate on, String reason) {
        state = next;
        stateSince = on;
        stateReason = reason == null ? null : reason.strip();
    }

    /**
     * Takes the certified facts of a newer copy of the same certificate (a corrected list re-imported). Returns
     * whether anything changed, so that a second import of the same file reports it unchanged.
     */
    public boolean correctFrom(EvaluationDecision decision, Stars stars, Integer score, String groupLabel, ProductGroup group) {
        boolean changed = this.decision != decision || !this.stars.equals(stars) || !Objects.equals(this.score, score)
            || !this.groupLabel.equals(groupLabel) || this.group != group;
        this.decision = decision;
        this.stars = stars;
        this.score = score;
        this.groupLabel = groupLabel;
        this.group = group;
        this.expiresOn = expiresOn(decision.getDecisionDate());
        return changed;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Product getProduct() {
        return product;
    }

    public EvaluationDecision getDecision() {
        return decision;
    }

    public Stars getStars() {
        return stars;
    }

    public Integer getScore() {
        return score;
    }

    public String getGroupLabel() {
        return groupLabel;
    }

    public ProductGroup getGroup() {
        return group;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public CertificateState getState() {
        return state;
    }

    public LocalDate getStateSince() {
        return stateSince;
    }

    public String getStateReason() {
        return stateReason;
    }

    public int getVersion() {
        return version;
    }
}
