package vn.ocop.portal.producer.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.ocop.portal.catalogue.entity.Listing;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.certification.entity.Certificate;

/**
 * A producer's listing of one of its products: the edit form, and the body of
 * {@code GET/PUT /api/v1/producer/products/{id}}. The certified facts (name, group, stars, certificate, status) are
 * read-only here: a PUT ignores them. An edit from an older version is refused (no lost update).
 */
@JsonbNillable
@JsonbPropertyOrder({"id", "version", "name", "group", "stars", "certificate", "status", "expiresOn", "hiddenReason",
    "description", "priceVnd", "priceUnit", "packaging", "shelfLife", "ingredients", "shops", "orderPhone", "contact",
    "photos"})
public class OwnListing implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    @NotNull(message = "{ocop.required}")
    private Integer version;
    private String name;
    private String group;
    private Integer stars;
    private String certificate;
    private String status;
    private LocalDate expiresOn;
    private String hiddenReason;

    @Size(max = Product.DESCRIPTION_LENGTH, message = "{ocop.tooLong}")
    private String description;
    @PositiveOrZero(message = "{ocop.notNegative}")
    private Long priceVnd;
    @Size(max = Listing.UNIT_LENGTH, message = "{ocop.tooLong}")
    private String priceUnit;
    @Size(max = Listing.PACKAGING_LENGTH, message = "{ocop.tooLong}")
    private String packaging;
    @Size(max = Listing.SHELF_LIFE_LENGTH, message = "{ocop.tooLong}")
    private String shelfLife;
    @Size(max = Listing.INGREDIENTS_LENGTH, message = "{ocop.tooLong}")
    private String ingredients;
    /** The producer's own online shops: https only, so that no page links a visitor to plain http or javascript:. */
    @Size(max = 5, message = "{producerarea.tooMany}")
    private List<@Pattern(regexp = "https://[^\\s<>\"]{3,190}", message = "{producerarea.httpsOnly}") String> shops = new ArrayList<>();
    @Pattern(regexp = "[0-9+ ().-]{0,40}", message = "{producerarea.phone}")
    private String orderPhone;
    @Size(max = Listing.CONTACT_LENGTH, message = "{ocop.tooLong}")
    private String contact;
    private List<String> photos = new ArrayList<>();

    static OwnListing of(Product product, String status) {
        OwnListing own = new OwnListing();
        own.id = product.getId();
        own.version = product.getVersion();
        own.name = product.getName();
        own.group = product.getGroup().name();
        Certificate c = product.getCurrentCertificate();
        if (c != null) {
            own.stars = c.getStars().getValue();
            own.certificate = c.getNumber();
            own.expiresOn = c.getExpiresOn();
        }
        own.status = status;
        own.hiddenReason = product.getHiddenReason();
        own.description = product.getDescription();
        own.priceVnd = product.getPriceVnd();
        Listing l = product.getListing();
        own.priceUnit = l.getPriceUnit();
        own.packaging = l.getPackaging();
        own.shelfLife = l.getShelfLife();
        own.ingredients = l.getIngredients();
        own.shops = new ArrayList<>(l.getShops());
        own.orderPhone = l.getOrderPhone();
        own.contact = l.getContact();
        own.photos = new ArrayList<>(l.getPhotos());
        return own;
    }

    /** The producer's words as the entity keeps them, with the photos given (the form does not carry them). */
    Listing listing(List<String> keptPhotos) {
        return new Listing(blank(priceUnit), blank(packaging), blank(shelfLife), blank(ingredients),
            shops == null ? List.of() : shops.stream().map(String::strip).filter(s -> !s.isEmpty()).toList(),
            blank(orderPhone), blank(contact), keptPhotos);
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A list one a line, for a page's text area. */
    static String lines(List<String> items) {
        return items == null ? "" : String.join("\n", items);
    }

    /** A text area's lines as a list, without blank lines or surrounding spaces. */
    static List<String> items(String lines) {
        List<String> items = lines == null ? new ArrayList<>() : new ArrayList<>(List.of(lines.strip().split("\\s*\\n\\s*")));
        items.removeIf(String::isBlank);
        return items;
    }

    /** The shops one a line, for the page's text area. */
    public String getShopLines() {
        return lines(shops);
    }

    public void setShopLines(String lines) {
        shops = items(lines);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getGroup() { return group; }
    public void setGroup(String group) { this.group = group; }
    public Integer getStars() { return stars; }
    public void setStars(Integer stars) { this.stars = stars; }
    public String getCertificate() { return certificate; }
    public void setCertificate(String certificate) { this.certificate = certificate; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
    public String getHiddenReason() { return hiddenReason; }
    public void setHiddenReason(String hiddenReason) { this.hiddenReason = hiddenReason; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getPriceVnd() { return priceVnd; }
    public void setPriceVnd(Long priceVnd) { this.priceVnd = priceVnd; }
    public String getPriceUnit() { return priceUnit; }
    public void setPriceUnit(String priceUnit) { this.priceUnit = priceUnit; }
    public String getPackaging() { return packaging; }
    public void setPackaging(String packaging) { this.packaging = packaging; }
    public String getShelfLife() { return shelfLife; }
    public void setShelfLife(String shelfLife) { this.shelfLife = shelfLife; }
    public String getIngredients() { return ingredients; }
    public void setIngredients(String ingredients) { this.ingredients = ingredients; }
    public List<String> getShops() { return shops; }
    public void setShops(List<String> shops) { this.shops = shops; }
    public String getOrderPhone() { return orderPhone; }
    public void setOrderPhone(String orderPhone) { this.orderPhone = orderPhone; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public List<String> getPhotos() { return photos; }
    public void setPhotos(List<String> photos) { this.photos = photos; }
}
