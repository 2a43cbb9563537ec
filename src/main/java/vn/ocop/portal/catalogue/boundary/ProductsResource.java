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

import vn.ocop.portal.catalogue.entity.AdministrativeUnit;
import vn.ocop.portal.catalogue.entity.ProductGroup;
import vn.ocop.portal.catalogue.entity.ProductView;
import vn.ocop.portal.catalogue.entity.StatusFilter;
import vn.ocop.portal.platform.entity.BusinessException;
import vn.ocop.portal.producer.entity.ProducerType;
import vn.ocop.portal.search.boundary.CatalogueSearch;
import vn.ocop.portal.search.boundary.FoundProducts;
import vn.ocop.portal.search.control.ProductSearch;
import vn.ocop.portal.search.control.ProductSearch.Order;

@Path("products")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ProductsResource {

    public static final int MAX_SIZE = ProductSearch.MAX_SIZE;

    @Inject
    Catalogue catalogue;

    @Inject
    CatalogueSearch search;

    @GET
    @Operation(summary = "Search certified products, with facet counts",
        description = "Answered from the search index. q: any words of the name, producer, place, group or description, "
            + "or a certificate number, with or without diacritics (typos in long words are forgiven); stars: 3, 4 or "
            + "5; group: food, beverage, herbal, handicraft, ornamental or tourism; province: its name, with or without "
            + "diacritics; producerType: enterprise, cooperative, cooperative_group or household; status: valid "
            + "(default, includes expiring), expiring, expired or any; sort: relevance (default with q), name (default "
            + "without), stars or newest; page counts from 0; size at most 100. The answer's facets count, per "
            + "dimension, the products each value would give; a selected dimension still counts its other values.")
    public FoundProducts find(
        @QueryParam("q") String text,
        @QueryParam("stars") String stars,
        @QueryParam("group") String group,
        @QueryParam("province") String province,
        @QueryParam("producerType") String producerType,
        @QueryParam("status") @DefaultValue("valid") String status,
        @QueryParam("sort") String sort,
        @QueryParam("page") @DefaultValue("0") String page,
        @QueryParam("size") @DefaultValue("20") String size) {
        ProductSearch.Builder query = search.today()
            .text(text)
            .stars(blank(stars) ? null : parseStars(stars))
            .group(blank(group) ? null : ProductGroup.fromCode(group).orElseThrow(() -> new BusinessException(
                "group: unknown group '" + group + "'; use food, beverage, herbal, handicraft, ornamental or tourism")))
            .producerType(blank(producerType) ? null : ProducerType.fromNameOrCode(producerType).orElseThrow(() ->
                new BusinessException("producerType: use enterprise, cooperative, cooperative_group or household")))
            .status(StatusFilter.fromCode(status)
                .orElseThrow(() -> new BusinessException("status: use valid, expiring, expired or any")))
            .order(blank(sort) ? (blank(text) ? Order.NAME : Order.RELEVANCE) : Order.fromCode(sort)
                .orElseThrow(() -> new BusinessException("sort: use relevance, name, stars or newest")))
            .page(number("page", page, 0, 100_000))
            .size(number("size", size, 1, MAX_SIZE));
        if (!blank(province)) {
            // A name typed without diacritics finds the province as written; an unknown one finds nothing.
            query.province(catalogue.provinceNamed(province).map(AdministrativeUnit::getName).orElse(province.strip()));
        }
        return search.find(query.build());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
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
