package vn.ocop.portal.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.certification.entity.CertificateState;
import vn.ocop.portal.platform.entity.Refused;
import vn.ocop.portal.producer.entity.Producer;

/**
 * A producer's request for a booth at an event, with the products it will show. The rules: the event takes
 * applications (published, deadline not passed), every product is the producer's own and holds a certificate in force
 * today, and no more applications are accepted than the event has booths.
 */
@Entity
@Table(name = "booth_application")
@NamedQuery(name = BoothApplication.FIND_BY_EVENT, query = "select a from BoothApplication a join fetch a.producer "
    + "where a.event = :event order by a.submittedAt, a.id")
@NamedQuery(name = BoothApplication.COUNT_ACCEPTED, query = "select count(a) from BoothApplication a "
    + "where a.event = :event and a.status = vn.ocop.portal.event.entity.ApplicationStatus.ACCEPTED")
@NamedQuery(name = BoothApplication.FIND_ACCEPTED, query = "select a from BoothApplication a join fetch a.producer "
    + "where a.event = :event and a.status = vn.ocop.portal.event.entity.ApplicationStatus.ACCEPTED "
    + "order by a.boothNumber, a.id")
@NamedQuery(name = BoothApplication.FIND_BY_PRODUCER, query = "select a from BoothApplication a join fetch a.event "
    + "where a.producer.id = :producer order by a.submittedAt desc, a.id desc")
@NamedQuery(name = BoothApplication.FIND_SHOWING, query = "select distinct a.event from BoothApplication a "
    + "where :product member of a.products and a.status = vn.ocop.portal.event.entity.ApplicationStatus.ACCEPTED "
    + "and a.event.published = true and a.event.endsAt >= :now order by a.event.startsAt")
public class BoothApplication {

    public static final String FIND_BY_EVENT = "BoothApplication.findByEvent";
    public static final String COUNT_ACCEPTED = "BoothApplication.countAccepted";
    public static final String FIND_ACCEPTED = "BoothApplication.findAccepted";
    public static final String FIND_BY_PRODUCER = "BoothApplication.findByProducer";
    public static final String FIND_SHOWING = "BoothApplication.findShowing";
    public static final int NOTE_LENGTH = 500;
    public static final int BOOTH_LENGTH = 20;
    public static final int MAX_PRODUCTS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "booth_application")
    @TableGenerator(name = "booth_application", table = "id_sequence", pkColumnName = "seq_name",
        valueColumnName = "seq_count", pkColumnValue = "booth_application", allocationSize = 20)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private Event event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "producer_id")
    private Producer producer;

    @ManyToMany
    @JoinTable(name = "booth_application_product", joinColumns = @JoinColumn(name = "application_id"),
        inverseJoinColumns = @JoinColumn(name = "product_id"))
    private Set<Product> products = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ApplicationStatus status;

    @Column(length = NOTE_LENGTH)
    private String note;

    @Column(name = "booth_number", length = BOOTH_LENGTH)
    private String boothNumber;

    @Column(name = "submitted_by", nullable = false, length = 80)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decided_by", length = 80)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private int version;

    protected BoothApplication() {
    }

    /**
     * Applies for a booth; refused with the reason when the event does not take applications at {@code now} or a
     * product may not be shown {@code today}.
     */
    public BoothApplication(Event event, Producer producer, Collection<Product> shown, LocalDateTime now,
                            String actor, Instant at) {
        if (!event.isPublished()) {
            throw new Refused("events.refused.notPublished", event.getName());
        }
        if (!event.takesApplications(now)) {
            throw new Refused("events.refused.deadline", event.getName(), event.getApplicationsUntil().toString());
        }
        if (shown.isEmpty()) {
            throw new Refused("events.refused.noProducts");
        }
        if (shown.size() > MAX_PRODUCTS) {
            throw new Refused("events.refused.tooManyProducts", MAX_PRODUCTS);
        }
        LocalDate today = now.toLocalDate();
        for (Product product : shown) {
            if (!Objects.equals(product.getProducer().getId(), producer.getId())) {
                throw new Refused("events.refused.notOwnProduct", product.getName(), producer.getName());
            }
            checkShowable(product, today);
        }
        this.event = event;
        this.producer = producer;
        this.products.addAll(shown);
        this.status = ApplicationStatus.SUBMITTED;
        this.submittedBy = Objects.requireNonNull(actor);
        this.submittedAt = Objects.requireNonNull(at);
    }

    /** Whether a product may be shown under the OCOP name today: its current certificate is active and not expired. */
    public static boolean isShowable(Product product, LocalDate today) {
        Certificate current = product.getCurrentCertificate();
        return current != null && current.getState() == CertificateState.ACTIVE && today.isBefore(current.getExpiresOn());
    }

    static void checkShowable(Product product, LocalDate today) {
        java.util.Optional<Refused> refusal = whyNotShowable(product, today);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    /** Why a product may not be shown today (no certificate, expired, not in force); empty when it may. */
    public static java.util.Optional<Refused> whyNotShowable(Product product, LocalDate today) {
        if (isShowable(product, today)) {
            return java.util.Optional.empty();
        }
        Certificate current = product.getCurrentCertificate();
        if (current == null) {
            return java.util.Optional.of(new Refused("events.refused.uncertified", product.getName()));
        }
        if (current.getState() == CertificateState.ACTIVE) {
            return java.util.Optional.of(new Refused("events.refused.expired", product.getName(), current.getNumber(),
                current.getExpiresOn().toString()));
        }
        return java.util.Optional.of(new Refused("events.refused.notInForce", product.getName(), current.getNumber(),
            current.getState().name().toLowerCase(Locale.ROOT)));
    }

    /**
     * Accepts with a booth number. {@code acceptedSoFar} is the number already accepted at this event: the caller
     * counts it under a lock on the event so that two officials cannot both give away the last booth.
     */
    public void accept(String booth, String withNote, long acceptedSoFar, String actor, Instant at) {
        if (status == ApplicationStatus.ACCEPTED) {
            this.boothNumber = booth;
            this.note = withNote;
        } else {
            if (acceptedSoFar >= event.getBooths()) {
                throw new Refused("events.refused.full", event.getName(), event.getBooths());
            }
            this.status = ApplicationStatus.ACCEPTED;
            this.boothNumber = booth;
            this.note = withNote;
        }
        decided(actor, at);
    }

    public void reject(String withNote, String actor, Instant at) {
        if (withNote == null || withNote.isBlank()) {
            throw new Refused("events.refused.noteRequired");
        }
        this.status = ApplicationStatus.REJECTED;
        this.boothNumber = null;
        this.note = withNote;
        decided(actor, at);
    }

    private void decided(String actor, Instant at) {
        this.decidedBy = Objects.requireNonNull(actor);
        this.decidedAt = Objects.requireNonNull(at);
    }

    public Long getId() { return id; }
    public Event getEvent() { return event; }
    public Producer getProducer() { return producer; }
    public Set<Product> getProducts() { return Collections.unmodifiableSet(products); }
    public ApplicationStatus getStatus() { return status; }
    public String getNote() { return note; }
    public String getBoothNumber() { return boothNumber; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public int getVersion() { return version; }
}
