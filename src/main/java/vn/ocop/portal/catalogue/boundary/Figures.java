package vn.ocop.portal.catalogue.boundary;

import java.util.Map;

import vn.ocop.portal.catalogue.entity.ProductGroup;

/** The home page's figures: products with a valid certificate today and the producers that hold them. */
public class Figures {

    private final long products;
    private final long producers;
    private final Map<Integer, Long> byStars;
    private final Map<ProductGroup, Long> byGroup;

    public Figures(long products, long producers, Map<Integer, Long> byStars, Map<ProductGroup, Long> byGroup) {
        this.products = products;
        this.producers = producers;
        this.byStars = byStars;
        this.byGroup = byGroup;
    }

    public long getProducts() {
        return products;
    }

    public long getProducers() {
        return producers;
    }

    public Map<Integer, Long> getByStars() {
        return byStars;
    }

    public Map<ProductGroup, Long> getByGroup() {
        return byGroup;
    }
}
