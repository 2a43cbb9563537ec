package vn.ocop.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static vn.ocop.portal.search.DemoProducts.TODAY;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.ocop.portal.catalogue.entity.ProductGroup;
import vn.ocop.portal.producer.entity.ProducerType;
import vn.ocop.portal.search.control.ProductSearch;
import vn.ocop.portal.search.control.SearchDocument;
import vn.ocop.portal.search.control.SearchResult;

/** Facet counts on the sample list alone, checked against counts made directly from the list. */
class FacetsTest extends IndexedDemoProducts {

    @Override
    List<SearchDocument> products() {
        return DemoProducts.sample();
    }

    static <K> Map<String, Long> countBy(List<SearchDocument> products, Function<SearchDocument, K> key) {
        return products.stream().collect(Collectors.groupingBy(p -> String.valueOf(key.apply(p)), Collectors.counting()));
    }

    @Test
    void countsEveryDimensionInDisplayOrder() {
        SearchResult result = searcher.search(everything().build());

        assertThat(result.getTotal()).isEqualTo(240);
        assertThat(result.getFacet(SearchResult.STARS)).containsExactly(entry("5", 5L), entry("4", 55L), entry("3", 180L));
        assertThat(result.getFacet(SearchResult.GROUP)).containsExactlyInAnyOrderEntriesOf(countBy(products, p -> p.group().getCode()));
        assertThat(result.getFacet(SearchResult.GROUP).keySet()).first().isEqualTo(ProductGroup.FOOD.getCode());
        assertThat(result.getFacet(SearchResult.PROVINCE)).containsExactlyInAnyOrderEntriesOf(countBy(products, SearchDocument::province));
        assertThat(result.getFacet(SearchResult.PROVINCE).keySet()).first().isEqualTo("Hòa Bình"); // the most products
        assertThat(result.getFacet(SearchResult.PRODUCER_TYPE))
            .containsExactlyInAnyOrderEntriesOf(countBy(products, SearchDocument::producerType));
    }

    @Test
    void selectingFourStarsKeepsTheCountsOfTheOtherStars() {
        SearchResult result = searcher.search(everything().stars(4).build());

        assertThat(result.getTotal()).isEqualTo(55);
        assertThat(result.getHits()).allSatisfy(hit -> assertThat(hit.getStars()).isEqualTo(4));
        assertThat(result.getFacet(SearchResult.STARS)).containsExactly(entry("5", 5L), entry("4", 55L), entry("3", 180L));
        // The other dimensions count the four-star products only.
        List<SearchDocument> fourStars = products.stream().filter(p -> p.stars() == 4).toList();
        assertThat(result.getFacet(SearchResult.GROUP)).containsExactlyInAnyOrderEntriesOf(countBy(fourStars, p -> p.group().getCode()));
        assertThat(result.getFacet(SearchResult.PROVINCE)).containsExactlyInAnyOrderEntriesOf(countBy(fourStars, SearchDocument::province));
    }

    @Test
    void selectionsInSeveralDimensionsCombine() {
        SearchResult result = searcher.search(everything().text("ruou").province("Hòa Bình")
            .producerType(ProducerType.ENTERPRISE).build());

        List<SearchDocument> ruou = products.stream().filter(p -> p.name().startsWith("Rượu")).toList();
        List<SearchDocument> inHoaBinh = ruou.stream().filter(p -> p.province().equals("Hòa Bình")).toList();
        List<SearchDocument> byEnterprises = ruou.stream().filter(p -> p.producerType().equals("enterprise")).toList();
        long both = inHoaBinh.stream().filter(byEnterprises::contains).count();
        assertThat(both).isPositive();
        assertThat(result.getTotal()).isEqualTo(both);
        // Each selected dimension counts its values under the other selections only.
        assertThat(result.getFacet(SearchResult.PROVINCE)).containsExactlyInAnyOrderEntriesOf(countBy(byEnterprises, SearchDocument::province));
        assertThat(result.getFacet(SearchResult.PRODUCER_TYPE)).containsExactlyInAnyOrderEntriesOf(countBy(inHoaBinh, SearchDocument::producerType));
        assertThat(result.getFacet(SearchResult.PRODUCER_TYPE)).hasSizeGreaterThan(1);
    }

    @Test
    void statusCountsFollowTheDayOfTheSearch() {
        Map<String, Long> status = searcher.search(everything().build()).getFacet(SearchResult.STATUS);

        long valid = products.stream().filter(p -> p.expiresOn().isAfter(TODAY)).count();
        long expiring = products.stream().filter(p -> p.expiresOn().isAfter(TODAY) && !p.expiresOn().isAfter(TODAY.plusDays(90))).count();
        assertThat(status).containsExactly(entry("valid", valid), entry("expiring", expiring),
            entry("expired", products.size() - valid), entry("suspended", 0L), entry("revoked", 0L));
        assertThat(searcher.search(ProductSearch.on(TODAY).build()).getTotal()).isEqualTo(valid);
    }
}
