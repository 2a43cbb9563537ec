package vn.ocop.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.portal.search.DemoProducts.TODAY;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ocop.portal.catalogue.control.VietnameseText;
import vn.ocop.portal.search.control.ProductSearch;
import vn.ocop.portal.search.control.ProductSearch.Order;
import vn.ocop.portal.search.control.SearchResult;
import vn.ocop.portal.search.control.Suggestion;
import vn.ocop.portal.search.control.SearchResult.Hit;

/** Orders, pages, type-ahead and "did you mean". */
class OrderAndSuggestionsTest extends IndexedDemoProducts {

    List<Hit> allHits(Order order) {
        List<Hit> hits = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Hit> more = searcher.search(everything().order(order).size(ProductSearch.MAX_SIZE).page(page).build()).getHits();
            if (more.isEmpty()) {
                return hits;
            }
            hits.addAll(more);
        }
    }

    @Test
    void namesSortInVietnameseOrder() {
        List<String> names = allHits(Order.NAME).stream().map(Hit::getName).toList();

        assertThat(names).hasSize(DemoProducts.all().size()).doesNotHaveDuplicates();
        // đ is a letter of its own, after d; ư after u; tones order after the base letter.
        assertThat(lastIndexStarting(names, "Du")).isLessThan(firstIndexStarting(names, "Đ"));
        assertThat(lastIndexStarting(names, "Đ")).isLessThan(firstIndexStarting(names, "G"));
        assertThat(names.indexOf("Bánh tráng Mù Cang Chải")).isLessThan(names.indexOf("Bưởi da xanh Mường Vang"));
        assertThat(names.indexOf("Cà phê bột Buôn Ma Thuột")).isLessThan(names.indexOf("Cam sành Quý Sơn"));
    }

    static int firstIndexStarting(List<String> names, String start) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no name starts with " + start);
    }

    static int lastIndexStarting(List<String> names, String start) {
        int last = -1;
        for (int i = 0; i < names.size(); i++) {
            last = names.get(i).startsWith(start) ? i : last;
        }
        assertThat(last).as("a name starting with " + start).isNotNegative();
        return last;
    }

    @Test
    void starsSortDescending() {
        List<Integer> stars = allHits(Order.STARS).stream().map(Hit::getStars).toList();
        assertThat(stars).isSortedAccordingTo((a, b) -> b - a).startsWith(5, 5, 5, 5, 5);
    }

    @Test
    void pagesDoNotOverlapAndDeepPagesAreEmpty() {
        SearchResult first = searcher.search(everything().text("mat").size(5).build());
        SearchResult second = searcher.search(everything().text("mat").size(5).page(1).build());

        assertThat(first.getHits()).hasSize(5);
        assertThat(second.getTotal()).isEqualTo(first.getTotal());
        assertThat(second.getHits()).extracting(Hit::getProductId)
            .doesNotContainAnyElementsOf(first.getHits().stream().map(Hit::getProductId).toList());
        SearchResult deep = searcher.search(everything().page(Integer.MAX_VALUE).size(100).build());
        assertThat(deep.getHits()).isEmpty();
        assertThat(deep.getTotal()).isEqualTo(DemoProducts.all().size());
    }

    @Test
    void typeAheadSuggestsProductNamesFirst() {
        List<String> suggestions = labels("mat", 8);

        assertThat(suggestions).hasSize(8).contains("Mật mía Đồng Văn")
            .allSatisfy(s -> assertThat(VietnameseText.fold(s)).startsWith("mat "));
        assertThat(suggestions.stream().filter(s -> s.startsWith("Mật "))).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void typeAheadWithDiacriticsPutsTheExactSpellingFirst() {
        List<String> suggestions = labels("mật", 12);

        assertThat(suggestions.subList(0, 10)).allSatisfy(s -> assertThat(s).startsWith("Mật "));
        assertThat(suggestions).contains("Mát ong Tây Bắc");
        assertThat(labels("mật ong", 3)).allSatisfy(s -> assertThat(s).startsWith("Mật ong"));
    }

    @Test
    void typeAheadFallsBackToProducersAndProvinces() {
        assertThat(labels("dak", 5)).contains("Đắk Lắk");
        assertThat(labels("lak", 5)).contains("Đắk Lắk");
        assertThat(labels("hop tac xa nong nghiep dinh", 5)).containsExactly("Hợp tác xã Nông nghiệp Định Thủy");
        assertThat(labels("m", 5)).isEmpty();
        assertThat(labels("  ", 5)).isEmpty();
        assertThat(labels("mat", 0)).isEmpty();
    }

    @Test
    void suggestionsAreDistinct() {
        List<String> suggestions = labels("keo dua", 20);
        assertThat(suggestions).isNotEmpty().doesNotHaveDuplicates()
            .allSatisfy(s -> assertThat(VietnameseText.fold(s)).contains("keo dua"));
    }

    @Test
    void didYouMeanCorrectsWordsFoundNowhere() {
        // "leoo" has four letters: too short to be forgiven as a typo, so no product has both words.
        SearchResult result = searcher.search(everything().text("chanh leoo").build());

        assertThat(result.getDidYouMean()).contains("chanh leo");
        assertThat(result.isPartialMatch()).isTrue(); // meanwhile, products with "chanh"
        assertThat(result.getHits()).isNotEmpty()
            .allSatisfy(hit -> assertThat(VietnameseText.fold(hit.getName())).contains("chanh"));

        SearchResult keoDua = searcher.search(everything().text("kẹoo dừa").build());
        assertThat(keoDua.getDidYouMean()).contains("kẹo dừa"); // with the diacritics of the product names

        SearchResult nothing = searcher.search(everything().text("kẹoo").build());
        assertThat(nothing.getTotal()).isZero();
        assertThat(nothing.isPartialMatch()).isFalse();
        assertThat(nothing.getDidYouMean()).contains("kẹo");
    }

    @Test
    void aTypoForgivenByTheSearchNeedsNoSuggestion() {
        SearchResult result = searcher.search(everything().text("bannh trangg").build());
        assertThat(result.getHits()).isNotEmpty()
            .allSatisfy(hit -> assertThat(VietnameseText.fold(hit.getName())).startsWith("banh trang"));
        assertThat(result.getDidYouMean()).isEmpty();
    }

    @Test
    void noSuggestionWhenTheQueryFindsSomething() {
        SearchResult result = searcher.search(everything().text("mat ong").build());
        assertThat(result.getDidYouMean()).isEmpty();
        assertThat(result.isPartialMatch()).isFalse();
    }

    private List<String> labels(String typed, int max) {
        return searcher.suggest(typed, max).stream().map(Suggestion::getLabel).toList();
    }

    @Test
    void typeAheadSaysWhatEachSuggestionIs() {
        List<Suggestion> suggestions = searcher.suggest("dak", 20);

        assertThat(suggestions).filteredOn(s -> s.getLabel().equals("Đắk Lắk"))
            .singleElement().satisfies(s -> {
                assertThat(s.getKind()).isEqualTo(Suggestion.Kind.PLACE);
                assertThat(s.getProductId()).isNull();
            });
        assertThat(searcher.suggest("ca phe bot buon", 1)).singleElement().satisfies(s -> {
            assertThat(s.getKind()).isEqualTo(Suggestion.Kind.PRODUCT);
            assertThat(s.getProductId()).isEqualTo(DemoProducts.CA_PHE_BUON_MA_THUOT);
        });
        assertThat(searcher.suggest("hop tac xa nong nghiep dinh", 1)).singleElement()
            .satisfies(s -> assertThat(s.getKind()).isEqualTo(Suggestion.Kind.PRODUCER));
    }

    @Test
    void snippetsMarkTheMatchedWordsOfTheDescriptionEscaped() {
        Hit hit = searcher.search(everything().text("quan ganh nhi khe").build()).getHits().get(0);

        assertThat(hit.getProductId()).isEqualTo(DemoProducts.BANH_DAY_QUAN_GANH);
        assertThat(hit.getSnippetHtml()).isEqualTo("Bánh dày &amp; giò &quot;<mark>Quán</mark> <mark>Gánh</mark>&quot; "
            + "sản xuất tại <mark>Nhị</mark> <mark>Khê</mark>, Hà Nội.");
    }

    @Test
    void longDescriptionsAreCutAroundTheFirstMatch() {
        Hit hit = searcher.search(everything().text("ruou do muong dinh").build()).getHits().get(0);

        assertThat(hit.getSnippetHtml()).contains("<mark>").hasSizeLessThan(400);
    }
}
