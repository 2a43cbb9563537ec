package vn.ocop.portal.catalogue.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
    private static final List<String> FILTERS = List.of("stars", "group", "province", "producerType", "status");

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
            .order(Order.fromCode(sort).orElse(typed.isEmpty() ? Order.NAME : Order.RELEVANCE))
            .page(Math.max(pageNumber, 1) - 1)
            .size(PAGE_SIZE)
            .build();
        result = search.find(query);
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

    /** The query string of this list on another page. */
    public String pageLink(int pageNumber) {
        return link(Map.of("page", pageNumber == 1 ? "" : Integer.toString(pageNumber)));
    }

    /** The query string of this list with a facet value selected instead (or cleared, with an empty value), from page 1. */
    public String facetLink(String dimension, String value) {
        return link(Map.of(dimension, value, "page", ""));
    }

    /** The query string of this search with no filter: the same text, every valid product. */
    public String getClearFiltersLink() {
        return link(Map.of("stars", "", "group", "", "province", "", "producerType", "", "status", "", "page", ""));
    }

    /** How many filters the visitor chose (the default status, valid, is not one). */
    public long getFilterCount() {
        return FILTERS.stream().filter(state()::containsKey).count();
    }

    /** Hidden fields of the search form: new text keeps the filters, and gets its own order from page 1. */
    public Map<String, String> getSearchFields() {
        return stateWithout("q", "sort", "page");
    }

    /** Hidden fields of the sort form: a new order keeps the search and filters, from page 1. */
    public Map<String, String> getSortFields() {
        return stateWithout("sort", "page");
    }

    /** Products of any status: those valid (expiring included), expired, suspended or revoked. */
    public long getAnyStatusCount() {
        Map<String, Long> statuses = result.getFacets().getOrDefault("status", new LinkedHashMap<>());
        return Stream.of("valid", "expired", "suspended", "revoked").mapToLong(s -> statuses.getOrDefault(s, 0L)).sum();
    }

    private String link(Map<String, String> changes) {
        Map<String, String> params = state();
        params.putAll(changes);
        return "?" + params.entrySet().stream().filter(e -> !e.getValue().isEmpty())
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    }

    private Map<String, String> stateWithout(String... names) {
        Map<String, String> state = state();
        state.keySet().removeAll(List.of(names));
        return state;
    }

    /** The query parameters that make this list, defaults left out. */
    private Map<String, String> state() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", query.text());
        params.put("stars", query.stars());
        params.put("group", query.group() == null ? null : query.group().getCode());
        params.put("province", query.province());
        params.put("producerType", query.producerType() == null ? null : query.producerType().getCode());
        params.put("status", query.status() == StatusFilter.VALID ? null : query.status().getCode());
        Order defaultOrder = query.text().isBlank() ? Order.NAME : Order.RELEVANCE;
        params.put("sort", query.order() == defaultOrder ? null : query.order().getCode());
        params.put("page", getPageNumber() == 1 ? null : getPageNumber());
        Map<String, String> state = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (value != null && !value.toString().isEmpty()) {
                state.put(name, value.toString());
            }
        });
        return state;
    }
}
