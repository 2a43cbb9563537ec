package vn.ocop.portal.search.boundary;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.ocop.portal.catalogue.boundary.Catalogue;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.certification.boundary.Validity;
import vn.ocop.portal.search.control.ProductSearch;
import vn.ocop.portal.search.control.SearchResult;
import vn.ocop.portal.search.control.SearchResult.Hit;

/**
 * Product search for the catalogue page and the API: the index decides which products and in what order, the database
 * supplies what each shows, so that a list never shows older facts than the product's own page.
 */
@ApplicationScoped
public class CatalogueSearch {

    @Inject
    CatalogueIndex index;

    @Inject
    Catalogue catalogue;

    @Inject
    Validity validity;

    /** A search as of today, with the portal's expiring window. */
    public ProductSearch.Builder today() {
        return ProductSearch.on(validity.today()).expiringWindowDays(validity.expiringWindowDays());
    }

    public FoundProducts find(ProductSearch search) {
        SearchResult result = index.search(search);
        Map<Long, Product> products = catalogue.products(result.getHits().stream().map(Hit::getProductId).toList());
        List<FoundProduct> items = result.getHits().stream()
            .filter(hit -> products.containsKey(hit.getProductId())) // deleted since the index last heard
            .map(hit -> {
                Product product = products.get(hit.getProductId());
                return new FoundProduct(product, validity.statusOf(product.getCurrentCertificate()), hit.getNameHtml(),
                    hit.getSnippetHtml());
            })
            .toList();
        return new FoundProducts(result.getTotal(), search.page(), search.size(), items, result.getFacets(),
            result.getDidYouMean().orElse(null), result.isPartialMatch());
    }
}
