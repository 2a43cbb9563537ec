package vn.ocop.portal.catalogue.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.ocop.portal.catalogue.entity.StatusFilter;
import vn.ocop.portal.search.control.ProductSearch;
import vn.ocop.portal.search.control.ProductSearch.Order;

/**
 * The query strings of the catalogue page around one search: other pages, facet values chosen or cleared, and the
 * hidden fields of its forms. The list's whole state is its query string, defaults left out.
 */
public final class CatalogueLinks {

    private static final List<String> FILTERS = List.of("stars", "group", "province", "producerType", "status");

    private final Map<String, String> state;

    CatalogueLinks(ProductSearch search) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", search.text());
        params.put("stars", search.stars());
        params.put("group", search.group() == null ? null : search.group().getCode());
        params.put("province", search.province());
        params.put("producerType", search.producerType() == null ? null : search.producerType().getCode());
        params.put("status", search.status() == StatusFilter.VALID ? null : search.status().getCode());
        params.put("sort", search.order() == defaultOrder(search.text()) ? null : search.order().getCode());
        params.put("page", search.page() == 0 ? null : search.page() + 1);
        Map<String, String> kept = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (value != null && !value.toString().isEmpty()) {
                kept.put(name, value.toString());
            }
        });
        this.state = kept;
    }

    /** Relevance when there is text to be relevant to; name otherwise. */
    static Order defaultOrder(String text) {
        return text == null || text.isBlank() ? Order.NAME : Order.RELEVANCE;
    }

    /** This list on another page, counted from 1. */
    public String page(int pageNumber) {
        return link(Map.of("page", pageNumber == 1 ? "" : Integer.toString(pageNumber)));
    }

    /** This list with a facet value selected instead (or cleared, with an empty value), from page 1. */
    public String facet(String dimension, String value) {
        return link(Map.of(dimension, value, "page", ""));
    }

    /** The same text with no filter: every valid product. */
    public String getClearFilters() {
        return link(Map.of("stars", "", "group", "", "province", "", "producerType", "", "status", "", "page", ""));
    }

    /** How many filters the visitor chose (the default status, valid, is not one). */
    public long getFilterCount() {
        return FILTERS.stream().filter(state::containsKey).count();
    }

    /** Hidden fields of the search form: new text keeps the filters, and gets its own order from page 1. */
    public Map<String, String> getSearchFields() {
        return stateWithout("q", "sort", "page");
    }

    /** Hidden fields of the sort form: a new order keeps the search and filters, from page 1. */
    public Map<String, String> getSortFields() {
        return stateWithout("sort", "page");
    }

    private String link(Map<String, String> changes) {
        Map<String, String> params = new LinkedHashMap<>(state);
        params.putAll(changes);
        return "?" + params.entrySet().stream().filter(e -> !e.getValue().isEmpty())
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    }

    private Map<String, String> stateWithout(String... names) {
        Map<String, String> kept = new LinkedHashMap<>(state);
        kept.keySet().removeAll(List.of(names));
        return kept;
    }
}
