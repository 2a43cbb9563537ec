package vn.ocop.portal.inquiry.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.platform.entity.Refused;
import vn.ocop.portal.producer.entity.Producer;

/**
 * A buyer's request for a quote on one product, addressed to its producer or to the commerce department. The buyer's
 * contact data and the thread are personal data: they are erased {@value #RETENTION_MONTHS} months after the inquiry
 * closes, leaving what the supply–demand figures count (product, producer, route, dates, quantity and province).
 */
@Entity
@Table(name = "inquiry")
@NamedQuery(name = Inquiry.FIND_FOR_PRODUCER, query = "select i from Inquiry i join fetch i.product "
    + "where i.producer = :producer and i.route = vn.ocop.portal.inquiry.entity.Route.PRODUCER and i.status = :status "
    + "order by i.createdAt desc, i.id desc")
@NamedQuery(name = Inquiry.FIND_FOR_COMMERCE, query = "select i from Inquiry i join fetch i.product "
    + "where i.route = vn.ocop.portal.inquiry.entity.Route.COMMERCE and i.status = :status "
    + "order by i.createdAt desc, i.id desc")
@NamedQuery(name = Inquiry.FIND_ALL_BY_STATUS, query = "select i from Inquiry i join fetch i.product "
    + "where i.status = :status order by i.createdAt desc, i.id desc")
@NamedQuery(name = Inquiry.FIND_DUE_FOR_ERASURE, query = "select i.id from Inquiry i "
    + "where i.closedAt < :cutoff and i.erasedAt is null")
public class Inquiry {

    public static final String FIND_FOR_PRODUCER = "Inquiry.findForProducer";
    public static final String FIND_FOR_COMMERCE = "Inquiry.findForCommerce";
    public static final String FIND_ALL_BY_STATUS = "Inquiry.findAllByStatus";
    public static final String FIND_DUE_FOR_ERASURE = "Inquiry.findDueForErasure";
    public static final int NAME_LENGTH = 120;
    public static final int ORGANISATION_LENGTH = 200;
    public static final int PHONE_LENGTH = 40;
    public static final int EMAIL_LENGTH = 120;
    public static final int UNIT_LENGTH = 40;
    public static final int PROVINCE_LENGTH = 120;
    public static final int MESSAGE_LENGTH = 4000;
    public static final int NOTE_LENGTH = 2000;
    public static final int RETENTION_MONTHS = 12;
    /** What erased personal data reads as. */
    public static final String ERASED = "—";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "inquiry")
    @TableGenerator(name = "inquiry", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
        pkColumnValue = "inquiry", allocationSize = 1)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "producer_id")
    private Producer producer;

    @Enumerated(EnumType.STRING)
    @Column(name = "routed_to", nullable = false, length = 16)
    private Route route;

    @Column(name = "buyer_name", nullable = false, length = NAME_LENGTH)
    private String buyerName;

    @Column(length = ORGANISATION_LENGTH)
    private String organisation;

    @Column(length = PHONE_LENGTH)
    private String phone;

    @Column(length = EMAIL_LENGTH)
    private String email;

    @Column(nullable = false)
    private long quantity;

    @Column(name = "quantity_unit", nullable = false, length = UNIT_LENGTH)
    private String unit;

    @Column(name = "delivery_province", nullable = false, length = PROVINCE_LENGTH)
    private String deliveryProvince;

    @Column(name = "message", nullable = false, length = MESSAGE_LENGTH)
    private String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InquiryStatus status;

    /** The recipient's own note, never shown to the buyer. */
    @Column(length = NOTE_LENGTH)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "first_reply_at")
    private Instant firstReplyAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @OneToMany(mappedBy = "inquiry", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sentAt, id")
    private List<InquiryMessage> messages = new ArrayList<>();

    @Version
    private int version;

    protected Inquiry() {
    }

    public Inquiry(Product product, Route route, InquiryRequest request, Instant now) {
        this.product = product;
        this.producer = product.getProducer();
        this.route = route;
        this.buyerName = request.getName().strip();
        this.organisation = blankToNull(request.getOrganisation());
        this.phone = blankToNull(request.getPhone());
        this.email = blankToNull(request.getEmail());
        this.quantity = request.getQuantity();
        this.unit = request.getUnit().strip();
        this.deliveryProvince = request.getDeliveryProvince().strip();
        this.message = request.getMessage().strip();
        this.status = InquiryStatus.NEW;
        this.createdAt = now;
        messages.add(new InquiryMessage(this, Direction.FROM_BUYER, buyerName, message, now));
    }

    /** A reply from the portal, which goes to the buyer's e-mail: without one, the recipient must call instead. */
    public InquiryMessage reply(String author, String text, Instant now) {
        if (isErased()) {
            throw new Refused("inquiries.error.erased");
        }
        if (email == null) {
            throw new Refused("inquiries.error.noEmail");
        }
        InquiryMessage reply = new InquiryMessage(this, Direction.TO_BUYER, author, text.strip(), now);
        messages.add(reply);
        if (firstReplyAt == null) {
            firstReplyAt = now;
        }
        if (status == InquiryStatus.NEW) {
            status = InquiryStatus.REPLIED;
        }
        return reply;
    }

    public void annotate(String note) {
        this.note = blankToNull(note);
    }

    /** Closing starts the retention period; closing again keeps the first moment. */
    public void close(Instant now) {
        if (status != InquiryStatus.CLOSED) {
            status = InquiryStatus.CLOSED;
            closedAt = now;
        }
    }

    /** The first moment from which inquiries closed before it are erased, on {@code today} in {@code zone}. */
    public static Instant erasureCutoff(LocalDate today, ZoneId zone) {
        return today.minusMonths(RETENTION_MONTHS).atStartOfDay(zone).toInstant();
    }

    public boolean isDueForErasure(Instant cutoff) {
        return erasedAt == null && closedAt != null && closedAt.isBefore(cutoff);
    }

    /** Removes the buyer's contact data, the message, the thread and the note; what the figures count stays. */
    public void erase(Instant now) {
        buyerName = ERASED;
        organisation = null;
        phone = null;
        email = null;
        message = ERASED;
        note = null;
        messages.clear();
        erasedAt = now;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Product getProduct() {
        return product;
    }

    public Producer getProducer() {
        return producer;
    }

    public Route getRoute() {
        return route;
    }

    public String getBuyerName() {
        return buyerName;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public long getQuantity() {
        return quantity;
    }

    public String getUnit() {
        return unit;
    }

    public String getDeliveryProvince() {
        return deliveryProvince;
    }

    public String getMessage() {
        return message;
    }

    public InquiryStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFirstReplyAt() {
        return firstReplyAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public List<InquiryMessage> getMessages() {
        return messages;
    }

    public int getVersion() {
        return version;
    }
}
