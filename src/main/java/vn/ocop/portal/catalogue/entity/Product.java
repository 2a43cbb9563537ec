package vn.ocop.portal.catalogue.entity;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

import vn.ocop.portal.catalogue.control.VietnameseText;
import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.platform.entity.Refused;
import vn.ocop.portal.producer.entity.Producer;

/**
 * A certified product. Its identity is its producer and its name as certified: a re-evaluation of the same product
 * under a new certificate number adds to its history instead of creating another product.
 */
@Entity
@Table(name = "product")
@NamedQuery(name = Product.FIND_BY_PRODUCER_AND_NAME,
    query = "select p from Product p where p.producer = :producer and p.name = :name")
@NamedQuery(name = Product.FIND_BY_PRODUCER,
    query = "select p from Product p left join fetch p.currentCertificate where p.producer = :producer order by p.sortKey")
public class Product {

    public static final String FIND_BY_PRODUCER_AND_NAME = "Product.findByProducerAndName";
    public static final String FIND_BY_PRODUCER = "Product.findByProducer";
    public static final int NAME_LENGTH = 255;
    public static final int DESCRIPTION_LENGTH = 2000;
    public static final int HIDDEN_REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "product")
    @TableGenerator(name = "product", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
        pkColumnValue = "product", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "sort_key", nullable = false, length = VietnameseText.SORT_KEY_LENGTH)
    private String sortKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "product_group", nullable = false, length = 16)
    private ProductGroup group;

    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "price_vnd")
    private Long priceVnd;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "producer_id")
    private Producer producer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "province_id")
    private AdministrativeUnit province;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_id")
    private AdministrativeUnit district;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "commune_id")
    private AdministrativeUnit commune;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_certificate_id")
    private Certificate currentCertificate;

    /** What the producer says of its own listing (the producer area); the certified facts above stay the office's. */
    @Embedded
    private Listing listing = new Listing();

    /** Set when the office hides the listing from the public; the producer sees the reason. */
    @Column(name = "hidden_reason", length = HIDDEN_REASON_LENGTH)
    private String hiddenReason;

    @Version
    private int version;

    protected Product() {
    }

    public Product(String name, ProductGroup group, Producer producer, AdministrativeUnit province) {
        this.name = VietnameseText.clean(name);
        this.group = group;
        this.sortKey = VietnameseText.sortKey(name);
        this.producer = producer;
        this.province = province;
    }

    /**
     * Takes a certificate granted to this product. The one from the latest decision is current and supersedes the
     * previous; an older one (a late import of history) is kept as superseded straight away.
     */
    public void adopt(Certificate certificate) {
        if (currentCertificate == null) {
            currentCertificate = certificate;
            group = certificate.getGroup();
            return;
        }
        if (currentCertificate == certificate) {
            group = certificate.getGroup();
            return;
        }
        LocalDate currentDate = currentCertificate.getDecision().getDecisionDate();
        if (certificate.getDecision().getDecisionDate().isBefore(currentDate)) {
            certificate.supersede(currentDate);
        } else {
            currentCertificate.supersede(certificate.getDecision().getDecisionDate());
            currentCertificate = certificate;
            group = certificate.getGroup();
        }
    }

    /**
     * A re-evaluation recorded by hand: {@code next} replaces {@code current}, which must be this product's current
     * certificate, and comes from a decision on or after the current one's (an older one would only join the history).
     */
    public void reevaluate(Certificate current, Certificate next) {
        if (currentCertificate != current) {
            throw new Refused("admin.reevaluation.refused.notCurrent", current.getNumber(),
                currentCertificate == null ? "-" : currentCertificate.getNumber());
        }
        LocalDate currentDate = current.getDecision().getDecisionDate();
        if (next.getDecision().getDecisionDate().isBefore(currentDate)) {
            throw new Refused("admin.reevaluation.refused.older", next.getNumber(), current.getNumber(), currentDate.toString());
        }
        adopt(next);
    }

    /** The office corrects what it knows of the product. Returns whether anything changed. */
    public boolean correct(String name, ProductGroup group, String description, Long priceVnd) {
        String cleanName = VietnameseText.clean(name);
        boolean changed = !this.name.equals(cleanName) || this.group != group
            || !Objects.equals(this.description, description) || !Objects.equals(this.priceVnd, priceVnd);
        this.name = cleanName;
        this.sortKey = VietnameseText.sortKey(cleanName);
        this.group = group;
        this.description = description;
        this.priceVnd = priceVnd;
        return changed;
    }

    /** The descriptive facts a list gives: place, price and description. Returns whether anything changed. */
    public boolean describe(AdministrativeUnit district, AdministrativeUnit commune, Long priceVnd, String description) {
        boolean changed = this.district != district || this.commune != commune
            || !Objects.equals(this.priceVnd, priceVnd) || !Objects.equals(this.description, description);
        this.district = district;
        this.commune = commune;
        this.priceVnd = priceVnd;
        this.description = description;
        return changed;
    }

    /**
     * The producer's own words for its listing: description, price and the rest. Returns whether anything changed.
     * Name, group, stars and certificate are not here: they are as certified.
     */
    public boolean present(String description, Long priceVnd, Listing listing) {
        boolean changed = !Objects.equals(this.description, description) || !Objects.equals(this.priceVnd, priceVnd)
            || !getListing().equals(listing);
        this.description = description;
        this.priceVnd = priceVnd;
        this.listing = listing;
        return changed;
    }

    public void hide(String reason) {
        this.hiddenReason = reason;
    }

    public void show() {
        this.hiddenReason = null;
    }

    public boolean isHidden() {
        return hiddenReason != null;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public Listing getListing() {
        return listing == null ? new Listing() : listing;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ProductGroup getGroup() {
        return group;
    }

    public String getDescription() {
        return description;
    }

    public Long getPriceVnd() {
        return priceVnd;
    }

    public Producer getProducer() {
        return producer;
    }

    public AdministrativeUnit getProvince() {
        return province;
    }

    public AdministrativeUnit getDistrict() {
        return district;
    }

    public AdministrativeUnit getCommune() {
        return commune;
    }

    public Certificate getCurrentCertificate() {
        return currentCertificate;
    }

    public int getVersion() {
        return version;
    }
}
