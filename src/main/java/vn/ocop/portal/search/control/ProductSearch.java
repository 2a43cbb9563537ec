package vn.ocop.portal.search.control;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import vn.ocop.portal.catalogue.entity.ProductGroup;
import vn.ocop.portal.catalogue.entity.StatusFilter;
import vn.ocop.portal.producer.entity.ProducerType;

/**
 * A product search as a visitor asks it: free text, facet selections, a status filter evaluated on {@code today},
 * an order and a page. Build it with {@link #on(LocalDate)}; out-of-range pages and sizes are brought into range.
 */
public final class ProductSearch {

    /** NAME follows Vietnamese collation; NEWEST is by decision date. */
    public enum Order {
        RELEVANCE, NAME, STARS, NEWEST;

        public String getCode() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Order> fromCode(String code) {
            return Arrays.stream(values()).filter(o -> o.getCode().equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst();
        }
    }

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_EXPIRING_WINDOW_DAYS = 90;

    private final String text;
    private final Integer stars;
    private final ProductGroup group;
    private final String province;
    private final ProducerType producerType;
    private final StatusFilter status;
    private final Order order;
    private final int page;
    private final int size;
    private final LocalDate today;
    private final int expiringWindowDays;

    private ProductSearch(Builder b) {
        this.text = b.text == null ? "" : b.text;
        this.stars = b.stars;
        this.group = b.group;
        this.province = b.province == null || b.province.isBlank() ? null : b.province.strip();
        this.producerType = b.producerType;
        this.status = b.status == null ? StatusFilter.VALID : b.status;
        this.order = b.order == null ? Order.RELEVANCE : b.order;
        this.page = Math.max(0, b.page);
        this.size = Math.min(MAX_SIZE, Math.max(1, b.size));
        this.today = b.today;
        this.expiringWindowDays = Math.max(0, b.expiringWindowDays);
    }

    /** A search as of this day: VALID products, by relevance, first page of {@value #DEFAULT_SIZE}. */
    public static Builder on(LocalDate today) {
        return new Builder(Objects.requireNonNull(today, "today"));
    }

    public String text() {
        return text;
    }

    /** Null: any. */
    public Integer stars() {
        return stars;
    }

    /** Null: any. */
    public ProductGroup group() {
        return group;
    }

    /** A province name as indexed; null: any. */
    public String province() {
        return province;
    }

    /** Null: any. */
    public ProducerType producerType() {
        return producerType;
    }

    public StatusFilter status() {
        return status;
    }

    public Order order() {
        return order;
    }

    /** From 0. */
    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    public LocalDate today() {
        return today;
    }

    public int expiringWindowDays() {
        return expiringWindowDays;
    }

    public static final class Builder {
        private final LocalDate today;
        private String text;
        private Integer stars;
        private ProductGroup group;
        private String province;
        private ProducerType producerType;
        private StatusFilter status;
        private Order order;
        private int page;
        private int size = DEFAULT_SIZE;
        private int expiringWindowDays = DEFAULT_EXPIRING_WINDOW_DAYS;

        private Builder(LocalDate today) {
            this.today = today;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder stars(Integer stars) {
            this.stars = stars;
            return this;
        }

        public Builder group(ProductGroup group) {
            this.group = group;
            return this;
        }

        public Builder province(String province) {
            this.province = province;
            return this;
        }

        public Builder producerType(ProducerType producerType) {
            this.producerType = producerType;
            return this;
        }

        public Builder status(StatusFilter status) {
            this.status = status;
            return this;
        }

        public Builder order(Order order) {
            this.order = order;
            return this;
        }

        public Builder page(int page) {
            this.page = page;
            return this;
        }

        public Builder size(int size) {
            this.size = size;
            return this;
        }

        public Builder expiringWindowDays(int days) {
            this.expiringWindowDays = days;
            return this;
        }

        public ProductSearch build() {
            return new ProductSearch(this);
        }
    }
}
