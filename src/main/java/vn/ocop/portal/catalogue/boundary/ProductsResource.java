package vn.ocop.portal.catalogue.boundary;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.portal.catalogue.entity.ProductGroup;
import vn.ocop.portal.catalogue.entity.ProductPage;
import vn.ocop.portal.catalogue.entity.ProductQuery;
import vn.ocop.portal.catalogue.entity.ProductSort;
import vn.ocop.portal.catalogue.entity.ProductView;
import vn.ocop.portal.catalogue.entity.StatusFilter;
import vn.ocop.portal.platform.entity.BusinessException;

@Path("products")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ProductsResource {

    public static final int MAX_SIZE = 100;

    @Inject
    Catalogue catalogue;

    @GET
    @Operation(summary = "Certified products, filtered and paged",
        description = "status is valid (default, includes expiring), expiring, expired or any; page counts from 0.")
    public ProductPage find(
        @Parameter(description = "words of the product name, with or without diacritics") @QueryParam("q") String text,
        @Parameter(description = "3, 4 or 5") @QueryParam("stars") @Min(3) @Max(5) Integer stars,
        @Parameter(description = "food, beverage, herbal, handicraft, ornamental or tourism") @QueryParam("group") String group,
        @Parameter(description = "province name, with or without diacritics") @QueryParam("province") String province,
        @QueryParam("status") @DefaultValue("valid") String status,
        @Parameter(description = "name, stars or newest") @QueryParam("sort") @DefaultValue("name") String sort,
        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(MAX_SIZE) int size) {
        ProductGroup productGroup = group == null || group.isBlank() ? null : ProductGroup.fromCode(group)
            .orElseThrow(() -> new BusinessException("group: unknown group '" + group
                + "'; use food, beverage, herbal, handicraft, ornamental or tourism"));
        Long provinceId = province == null || province.isBlank() ? null : catalogue.provinceNamed(province)
            .map(p -> p.getId()).orElse(-1L);
        StatusFilter statusFilter = StatusFilter.fromCode(status)
            .orElseThrow(() -> new BusinessException("status: use valid, expiring, expired or any"));
        ProductSort productSort = ProductSort.fromCode(sort)
            .orElseThrow(() -> new BusinessException("sort: use name, stars or newest"));
        return catalogue.find(new ProductQuery(text, stars, productGroup, provinceId, statusFilter, productSort, page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One certified product, with the status of its current certificate")
    public ProductView product(@PathParam("id") long id) {
        return catalogue.view(catalogue.product(id));
    }
}
