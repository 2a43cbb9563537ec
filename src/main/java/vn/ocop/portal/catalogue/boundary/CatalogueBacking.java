package vn.ocop.portal.catalogue.boundary;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import vn.ocop.portal.catalogue.entity.AdministrativeUnit;
import vn.ocop.portal.catalogue.entity.ProductGroup;
import vn.ocop.portal.catalogue.entity.StatusFilter;
import vn.ocop.portal.platform.boundary.Pages;
import vn.ocop.portal.producer.entity.ProducerType;
import vn.ocop.portal.search.boundary.CatalogueSearch;
import vn.ocop.portal.search.boundary.FoundProducts;
import vn.ocop.portal.search.control.ProductSearch;
import vn.ocop.portal.search.control.ProductSearch.Order;

/**
 * The catalogue page: search results with facet filters. Its state is the query string alone (bookmarkable, crawlable,
 * no session); a value that does not parse is ignored rather than answered with an error.
 */
@Named
@RequestScoped
public class CatalogueBacking {

    static final int PAGE_SIZE = 12;

    @Inject
    Catalogue catalogue;

    @Inject
    CatalogueSearch search;

    @Inject @Param(name = "q") String text;
    @Inject @Param(name = "stars") String stars;
    @Inject @Param(name = "group") String group;
    @Inject @Param(name = "province") String province;
    @Inject @Param(name = "producerType") String producerType;
    @Inject @Param(name = "status") String status;
    @Inject @Param(name = "sort") String sort;
    @Inject @Param(name = "page") String page;

    private ProductSearch query;
    private FoundProducts result;
    private CatalogueLinks links;

    @PostConstruct
    void load() {
        Integer starValue = Pages.id(stars).stream().mapToObj(s -> (int) s).filter(s -> s >= 3 && s <= 5).findFirst().orElse(null);
        int pageNumber = (int) Math.min(Pages.id(page).orElse(1), 100_000);
        String typed = text == null ? "" : text.strip();
        query = search.today()
            .text(typed)
            .stars(starValue)
            .group(ProductGroup.fromCode(group).orElse(null))
            .province(province == null || province.isBlank() ? null
                : catalogue.provinceNamed(province).map(AdministrativeUnit::getName).orElse(province.strip()))
            .producerType(producerType == null || producerType.isBlank() ? null : ProducerType.fromNameOrCode(producerType).orElse(null))
            .status(StatusFilter.fromCode(status).orElse(StatusFilter.VALID))
            .order(Order.fromCode(sort).orElse(CatalogueLinks.defaultOrder(typed)))
            .page(Math.max(pageNumber, 1) - 1)
            .size(PAGE_SIZE)
            .build();
        result = search.find(query);
        links = new CatalogueLinks(query);
    }

    public ProductSearch getQuery() {
        return query;
    }

    public FoundProducts getResult() {
        return result;
    }

    public StatusFilter[] getStatuses() {
        return StatusFilter.values();
    }

    /** Relevance is offered only when there is text to be relevant to. */
    public List<Order> getSorts() {
        return query.text().isBlank() ? List.of(Order.NAME, Order.STARS, Order.NEWEST) : List.of(Order.values());
    }

    /** The current page number, counted from 1 as visitors count. */
    public int getPageNumber() {
        return query.page() + 1;
    }

    /** Links to other pages of this list and to other facet values, and the hidden fields of its forms. */
    public CatalogueLinks getLinks() {
        return links;
    }
}
