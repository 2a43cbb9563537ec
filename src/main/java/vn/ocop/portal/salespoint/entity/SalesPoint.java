package vn.ocop.portal.salespoint.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.ocop.portal.catalogue.entity.AdministrativeUnit;
import vn.ocop.portal.catalogue.entity.Venue;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.certification.entity.Certificate;
import vn.ocop.portal.certification.entity.CertificateState;
import vn.ocop.portal.platform.entity.Refused;

/**
 * An OCOP sales point and the products it carries. A product may only be listed while its current certificate is in
 * force; once that certificate expires or is revoked the product stays in the list (the shelf still holds it) but is
 * no longer {@linkplain #isOnSale shown}, and the commerce department sees it among those to take off the shelves.
 */
@Entity
@Table(name = "sales_point")
@NamedQuery(name = SalesPoint.FIND_ALL, query = "select s from SalesPoint s join fetch s.province order by s.name, s.id")
@NamedQuery(name = SalesPoint.FIND_CARRYING, query = "select s from SalesPoint s join fetch s.province "
    + "where :product member of s.products order by s.name, s.id")
public class SalesPoint {

    public static final String FIND_ALL = "SalesPoint.findAll";
    public static final String FIND_CARRYING = "SalesPoint.findCarrying";
    public static final int NAME_LENGTH = 200;
    public static final int ADDRESS_LENGTH = Venue.ADDRESS_LENGTH;
    public static final int HOURS_LENGTH = 200;
    public static final int CONTACT_LENGTH = 200;
    public static final int URL_LENGTH = 500;
    public static final int MAX_PHOTOS = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "sales_point")
    @TableGenerator(name = "sales_point", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
        pkColumnValue = "sales_point", allocationSize = 20)
    private Long id;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "point_type", nullable = false, length = 20)
    private SalesPointType type;

    /** Address and map position (columns address, latitude, longitude); null when none of them is given. */
    @Embedded
    private Venue venue;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "province_id")
    private AdministrativeUnit province;


    @Column(name = "opening_hours", length = HOURS_LENGTH)
    private String openingHours;

    @Column(length = CONTACT_LENGTH)
    private String contact;

    @Column(name = "shop_url", length = URL_LENGTH)
    private String shopUrl;

    @ManyToMany
    @JoinTable(name = "sales_point_product", joinColumns = @JoinColumn(name = "sales_point_id"),
        inverseJoinColumns = @JoinColumn(name = "product_id"))
    private Set<Product> products = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "sales_point_photo", joinColumns = @JoinColumn(name = "sales_point_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "image_name", length = 120)
    private List<String> photos = new ArrayList<>();

    @Column(name = "updated_by", nullable = false, length = 80)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected SalesPoint() {
    }

    public SalesPoint(Details details, AdministrativeUnit province, String actor, Instant now) {
        revise(details, province, actor, now);
    }

    /** What an editor gives; checked by {@code SalesPointDraft} before it gets here. */
    public record Details(String name, SalesPointType type, String address, Double latitude, Double longitude,
                          String openingHours, String contact, String shopUrl) {
        public Details {
            Objects.requireNonNull(name);
            Objects.requireNonNull(type);
        }
    }

    public final void revise(Details details, AdministrativeUnit newProvince, String actor, Instant now) {
        this.name = details.name().strip();
        this.type = details.type();
        this.venue = Venue.of(details.address(), details.latitude(), details.longitude());
        this.openingHours = details.openingHours();
        this.contact = details.contact();
        this.shopUrl = details.shopUrl();
        this.province = Objects.requireNonNull(newProvince);
        touch(actor, now);
    }

    /** Whether a product may be sold under the OCOP name today: its current certificate is active and not expired. */
    public static boolean isOnSale(Product product, LocalDate today) {
        Certificate current = product.getCurrentCertificate();
        return current != null && current.getState() == CertificateState.ACTIVE && today.isBefore(current.getExpiresOn());
    }

    /** Lists a product, refused with the reason when its certificate is not in force today. */
    public void carry(Product product, LocalDate today, String actor, Instant now) {
        if (!isOnSale(product, today)) {
            Certificate current = product.getCurrentCertificate();
            if (current == null) {
                throw new Refused("salespoints.refused.uncertified", product.getName());
            }
            if (current.getState() == CertificateState.ACTIVE) {
                throw new Refused("salespoints.refused.expired", product.getName(), current.getNumber(),
                    current.getExpiresOn().toString());
            }
            throw new Refused("salespoints.refused.notInForce", product.getName(), current.getNumber(),
                current.getState().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (products.add(product)) {
            touch(actor, now);
        }
    }

    /** Takes a product off the list (off the shelf). Returns whether it was listed. */
    public boolean drop(Product product, String actor, Instant now) {
        boolean dropped = products.remove(product);
        if (dropped) {
            touch(actor, now);
        }
        return dropped;
    }

    /** What the public sees on sale here today. */
    public List<Product> onSale(LocalDate today) {
        return products.stream().filter(p -> isOnSale(p, today)).toList();
    }

    /** Listed products whose certificate has expired or been revoked since: to be taken off the shelves. */
    public List<Product> toRemove(LocalDate today) {
        return products.stream().filter(p -> !isOnSale(p, today)).toList();
    }

    public void addPhoto(String imageName, String actor, Instant now) {
        if (photos.size() >= MAX_PHOTOS) {
            throw new Refused("salespoints.refused.tooManyPhotos", MAX_PHOTOS);
        }
        photos.add(imageName);
        touch(actor, now);
    }

    public boolean removePhoto(String imageName, String actor, Instant now) {
        boolean removed = photos.remove(imageName);
        if (removed) {
            touch(actor, now);
        }
        return removed;
    }

    public boolean hasPosition() {
        return venue != null && venue.hasPosition();
    }

    public boolean isOnline() {
        return type == SalesPointType.ONLINE_SHOP;
    }

    private void touch(String actor, Instant now) {
        this.updatedBy = Objects.requireNonNull(actor);
        this.updatedAt = Objects.requireNonNull(now);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public SalesPointType getType() {
        return type;
    }

    public String getAddress() { return venue == null ? null : venue.getAddress(); }

    public AdministrativeUnit getProvince() {
        return province;
    }

    public Double getLatitude() { return venue == null ? null : venue.getLatitude(); }

    public Double getLongitude() { return venue == null ? null : venue.getLongitude(); }

    public String getOpeningHours() {
        return openingHours;
    }

    public String getContact() {
        return contact;
    }

    public String getShopUrl() {
        return shopUrl;
    }

    public Set<Product> getProducts() {
        return Collections.unmodifiableSet(products);
    }

    public List<String> getPhotos() {
        return Collections.unmodifiableList(photos);
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
}
