package vn.ocop.portal.catalogue.entity;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One page of a product list, as the API returns it and the catalogue page shows it. */
@JsonbPropertyOrder({"total", "page", "size", "items"})
public class ProductPage {

    private final long total;
    private final int page;
    private final int size;
    private final List<ProductView> items;

    public ProductPage(long total, int page, int size, List<ProductView> items) {
        this.total = total;
        this.page = page;
        this.size = size;
        this.items = items;
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    public int getSize() {
        return size;
    }

    public List<ProductView> getItems() {
        return items;
    }

    @jakarta.json.bind.annotation.JsonbTransient
    public int getPageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
