package vn.ocop.portal.catalogue.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What a producer tells buyers about one of its products, beside the certified facts: price unit, packaging, shelf
 * life, ingredients, where to buy (its own https shops and phone ordering), contact and up to {@link #MAX_PHOTOS}
 * photos. Shops and photos are kept one a line; photos are names given by the platform's Images.
 */
@Embeddable
public class Listing {

    public static final int UNIT_LENGTH = 40;
    public static final int PACKAGING_LENGTH = 200;
    public static final int SHELF_LIFE_LENGTH = 100;
    public static final int INGREDIENTS_LENGTH = 1000;
    public static final int SHOPS_LENGTH = 1000;
    public static final int PHONE_LENGTH = 40;
    public static final int CONTACT_LENGTH = 300;
    public static final int PHOTOS_LENGTH = 1000;
    public static final int MAX_PHOTOS = 8;

    @Column(name = "price_unit", length = UNIT_LENGTH)
    private String priceUnit;

    @Column(length = PACKAGING_LENGTH)
    private String packaging;

    @Column(name = "shelf_life", length = SHELF_LIFE_LENGTH)
    private String shelfLife;

    @Column(length = INGREDIENTS_LENGTH)
    private String ingredients;

    @Column(name = "shop_urls", length = SHOPS_LENGTH)
    private String shopUrls;

    @Column(name = "order_phone", length = PHONE_LENGTH)
    private String orderPhone;

    @Column(length = CONTACT_LENGTH)
    private String contact;

    @Column(length = PHOTOS_LENGTH)
    private String photos;

    public Listing() {
    }

    public Listing(String priceUnit, String packaging, String shelfLife, String ingredients, List<String> shops,
                   String orderPhone, String contact, List<String> photos) {
        this.priceUnit = priceUnit;
        this.packaging = packaging;
        this.shelfLife = shelfLife;
        this.ingredients = ingredients;
        this.shopUrls = join(shops);
        this.orderPhone = orderPhone;
        this.contact = contact;
        this.photos = join(photos);
    }

    private static String join(List<String> lines) {
        return lines == null || lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static List<String> split(String lines) {
        return lines == null || lines.isBlank() ? List.of() : Arrays.stream(lines.split("\n")).filter(l -> !l.isBlank()).toList();
    }

    public String getPriceUnit() {
        return priceUnit;
    }

    public String getPackaging() {
        return packaging;
    }

    public String getShelfLife() {
        return shelfLife;
    }

    public String getIngredients() {
        return ingredients;
    }

    public List<String> getShops() {
        return split(shopUrls);
    }

    public String getOrderPhone() {
        return orderPhone;
    }

    public String getContact() {
        return contact;
    }

    public List<String> getPhotos() {
        return split(photos);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Listing l && Objects.equals(priceUnit, l.priceUnit) && Objects.equals(packaging, l.packaging)
            && Objects.equals(shelfLife, l.shelfLife) && Objects.equals(ingredients, l.ingredients)
            && Objects.equals(shopUrls, l.shopUrls) && Objects.equals(orderPhone, l.orderPhone)
            && Objects.equals(contact, l.contact) && Objects.equals(photos, l.photos);
    }

    @Override
    public int hashCode() {
        return Objects.hash(priceUnit, packaging, shelfLife, ingredients, shopUrls, orderPhone, contact, photos);
    }

    @Override
    public String toString() {
        return "unit=" + priceUnit + "; packaging=" + packaging + "; shelfLife=" + shelfLife + "; ingredients="
            + ingredients + "; shops=" + shopUrls + "; phone=" + orderPhone + "; contact=" + contact + "; photos=" + photos;
    }
}
