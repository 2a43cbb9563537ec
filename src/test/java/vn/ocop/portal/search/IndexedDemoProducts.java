package vn.ocop.portal.search;

import static vn.ocop.portal.search.DemoProducts.TODAY;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import vn.ocop.portal.catalogue.entity.StatusFilter;
import vn.ocop.portal.search.control.ProductIndex;
import vn.ocop.portal.search.control.ProductSearch;
import vn.ocop.portal.search.control.ProductSearcher;
import vn.ocop.portal.search.control.SearchDocument;

/** An in-memory index of the demo products, built once per test class and closed after it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IndexedDemoProducts {

    List<SearchDocument> products;
    ProductIndex index;
    ProductSearcher searcher;

    /** The products to index: the sample list and the made-up near misses, unless a class wants fewer. */
    List<SearchDocument> products() {
        return DemoProducts.all();
    }

    @BeforeAll
    void buildIndex() {
        products = products();
        index = DemoProducts.indexOf(products);
        searcher = new ProductSearcher(index);
    }

    @AfterAll
    void closeIndex() {
        index.close();
    }

    ProductSearch.Builder everything() {
        return ProductSearch.on(TODAY).status(StatusFilter.ANY);
    }
}
