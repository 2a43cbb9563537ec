package vn.ocop.portal.catalogue.boundary;

import java.io.Serializable;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.catalogue.entity.ProductGroup;

/**
 * What the office may correct of a product, with the version it was read at: the edit form, and the body of
 * {@code PUT /api/v1/admin/products/{id}}. An edit from an older version is refused (no lost update).
 */
@JsonbNillable
@JsonbPropertyOrder({"id", "version", "name", "group", "description", "priceVnd"})
public class ProductFacts implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;

    @NotNull(message = "{ocop.required}")
    private Integer version;

    @NotBlank(message = "{ocop.required}")
    @Size(max = Product.NAME_LENGTH, message = "{ocop.tooLong}")
    private String name;

    @NotNull(message = "{ocop.required}")
    private ProductGroup group;

    @Size(max = Product.DESCRIPTION_LENGTH, message = "{ocop.tooLong}")
    private String description;

    @PositiveOrZero(message = "{ocop.notNegative}")
    private Long priceVnd;

    public static ProductFacts of(Product product) {
        ProductFacts facts = new ProductFacts();
        facts.id = product.getId();
        facts.version = product.getVersion();
        facts.name = product.getName();
        facts.group = product.getGroup();
        facts.description = product.getDescription();
        facts.priceVnd = product.getPriceVnd();
        return facts;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ProductGroup getGroup() {
        return group;
    }

    public void setGroup(ProductGroup group) {
        this.group = group;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getPriceVnd() {
        return priceVnd;
    }

    public void setPriceVnd(Long priceVnd) {
        this.priceVnd = priceVnd;
    }
}
