package vn.ocop.portal.search.boundary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;

import vn.ocop.portal.search.control.SearchResult;

/** One page of search results with the facet counts, as the API returns it and the catalogue page shows it. */
@JsonbPropertyOrder({"total", "page", "size", "items", "facets", "didYouMean", "partialMatch"})
public class FoundProducts {

    private final long total;
    private final int page;
    private final int size;
    private final List<FoundProduct> items;
    private final Map<String, LinkedHashMap<String, Long>> facets;
    private final String didYouMean;
    private final boolean partialMatch;

    FoundProducts(long total, int page, int size, List<FoundProduct> items, Map<String, LinkedHashMap<String, Long>> facets,
        String didYouMean, boolean partialMatch) {
        this.total = total;
        this.page = page;
        this.size = size;
        this.items = items;
        this.facets = facets;
        this.didYouMean = didYouMean;
        this.partialMatch = partialMatch;
    }

    public long getTotal() {
        return total;
    }

    /** From 0. */
    public int getPage() {
        return page;
    }

    public int getSize() {
        return size;
    }

    public List<FoundProduct> getItems() {
        return items;
    }

    /**
     * Counts per value of stars, group (code), province, producerType (code) and status; a dimension with a selected
     * value still counts its other values.
     */
    public Map<String, LinkedHashMap<String, Long>> getFacets() {
        return facets;
    }

    /** A corrected query that finds something, when this one found nothing as typed; null otherwise. */
    public String getDidYouMean() {
        return didYouMean;
    }

    /** True when no product had every word, and the items have all words but one. */
    public boolean isPartialMatch() {
        return partialMatch;
    }

    /** Products of any status: those valid (expiring included), expired, suspended or revoked. */
    @JsonbTransient
    public long getAnyStatusCount() {
        Map<String, Long> statuses = facets.getOrDefault(SearchResult.STATUS, new LinkedHashMap<>());
        return Stream.of("valid", "expired", "suspended", "revoked").mapToLong(s -> statuses.getOrDefault(s, 0L)).sum();
    }

    @JsonbTransient
    public int getPageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
