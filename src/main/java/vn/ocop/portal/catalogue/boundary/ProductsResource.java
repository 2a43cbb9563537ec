package vn.ocop.portal.catalogue.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

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
        description = "q: words of the name, with or without diacritics; stars: 3, 4 or 5; group: food, beverage, "
            + "herbal, handicraft, ornamental or tourism; province: its name, with or without diacritics; status: valid "
            + "(default, includes expiring), expiring, expired or any; sort: name, stars or newest; page counts from 0.")
    public ProductPage find(
        @QueryParam("q") String text,
        @QueryParam("stars") String stars,
        @QueryParam("group") String group,
        @QueryParam("province") String province,
        @QueryParam("status") @DefaultValue("valid") String status,
        @QueryParam("sort") @DefaultValue("name") String sort,
        @QueryParam("page") @DefaultValue("0") String page,
        @QueryParam("size") @DefaultValue("20") String size) {
        Integer starCount = stars == null || stars.isBlank() ? null : parseStars(stars);
        ProductGroup productGroup = group == null || group.isBlank() ? null : ProductGroup.fromCode(group)
            .orElseThrow(() -> new BusinessException("group: unknown group '" + group
                + "'; use food, beverage, herbal, handicraft, ornamental or tourism"));
        Long provinceId = province == null || province.isBlank() ? null : catalogue.provinceNamed(province)
            .map(p -> p.getId()).orElse(-1L);
        StatusFilter statusFilter = StatusFilter.fromCode(status)
            .orElseThrow(() -> new BusinessException("status: use valid, expiring, expired or any"));
        ProductSort productSort = ProductSort.fromCode(sort)
            .orElseThrow(() -> new BusinessException("sort: use name, stars or newest"));
        return catalogue.find(new ProductQuery(text, starCount, productGroup, provinceId, statusFilter, productSort,
            number("page", page, 0, 100_000), number("size", size, 1, MAX_SIZE)));
    }

    /** Query numbers are read here, not by JAX-RS, so that "size=abc" is a 400 with a reason rather than a 404. */
    private static int number(String name, String text, int min, int max) {
        String value = text.strip();
        if (!value.matches("-?\\d{1,9}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            throw new BusinessException(name + ": use a whole number from " + min + " to " + max);
        }
        return Integer.parseInt(value);
    }

    private static int parseStars(String stars) {
        if (!stars.strip().matches("[345]")) {
            throw new BusinessException("stars: use 3, 4 or 5");
        }
        return Integer.parseInt(stars.strip());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One certified product, with the status of its current certificate")
    public ProductView product(@PathParam("id") long id) {
        return catalogue.view(catalogue.product(id));
    }
}
