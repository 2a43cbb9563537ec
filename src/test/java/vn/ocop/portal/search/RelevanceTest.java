package vn.ocop.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static vn.ocop.portal.search.DemoProducts.*;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.ocop.portal.catalogue.control.VietnameseText;
import vn.ocop.portal.catalogue.entity.StatusFilter;
import vn.ocop.portal.search.control.ProductSearch;
import vn.ocop.portal.search.control.SearchDocument;
import vn.ocop.portal.search.control.SearchResult;
import vn.ocop.portal.search.control.SearchResult.Hit;

/** What visitors type, and what should come first. Every status is searched, so that the sample's age does not matter. */
class RelevanceTest extends IndexedDemoProducts {

    SearchResult search(String text) {
        return searcher.search(ProductSearch.on(TODAY).text(text).status(StatusFilter.ANY).size(50).build());
    }

    List<String> names(String text) {
        return search(text).getHits().stream().map(Hit::getName).toList();
    }

    List<Long> ids(String text) {
        return search(text).getHits().stream().map(Hit::getProductId).toList();
    }

    /** Ids of the products whose name, folded, starts with these words. */
    List<Long> namedLike(String foldedStart) {
        return products.stream().filter(p -> VietnameseText.fold(p.name()).startsWith(foldedStart))
            .map(SearchDocument::productId).toList();
    }

    static String fold(String text) {
        return VietnameseText.fold(text);
    }

    @Test
    void withoutDiacriticsEveryRuouComesFirst() {
        List<Long> ruou = namedLike("ruou ");
        assertThat(ruou).hasSize(15);
        assertThat(ids("ruou").subList(0, ruou.size())).containsExactlyInAnyOrderElementsOf(ruou);
    }

    @Test
    void withoutDiacriticsMatOngFindsHoneyAndItsNearMisses() {
        assertThat(names("mat ong").subList(0, 6)).allSatisfy(name -> assertThat(fold(name)).contains("mat ong"));
    }

    @Test
    void withoutDiacriticsNuocMamAndCheShanTuyet() {
        List<Long> nuocMam = namedLike("nuoc mam ");
        assertThat(nuocMam).hasSize(3);
        assertThat(ids("nuoc mam").subList(0, 3)).containsExactlyInAnyOrderElementsOf(nuocMam);

        List<Long> cheShanTuyet = namedLike("che shan tuyet ");
        assertThat(cheShanTuyet).hasSize(5);
        assertThat(ids("che shan tuyet").subList(0, 5)).containsExactlyInAnyOrderElementsOf(cheShanTuyet);
    }

    @Test
    void withDiacriticsExactSpellingRanksAboveTheNearMiss() {
        List<Long> found = ids("mật ong");
        List<Long> honey = namedLike("mat ong bac ha ");
        assertThat(honey).hasSize(4);
        int nearMiss = found.indexOf(MAT_ONG_NEAR_MISS);
        assertThat(nearMiss).isPositive();
        assertThat(honey).allSatisfy(id -> assertThat(found.indexOf(id)).isBetween(0, nearMiss - 1));
    }

    @Test
    void wordsInTheOrderTypedRankAboveTheSameWordsApart() {
        List<Long> honey = namedLike("mat ong bac ha ");
        for (String typed : List.of("mat ong bac ha", "Mật ong bạc hà", "mật ong bac ha")) {
            List<Long> found = ids(typed);
            assertThat(found.subList(0, 4)).as(typed).containsExactlyInAnyOrderElementsOf(honey);
            assertThat(found).as(typed).contains(KEO_BAC_HA_MAT_ONG);
        }
    }

    @Test
    void aTypoInALongWordIsForgiven() {
        assertThat(ids("che shan tuyeet").subList(0, 5)).containsExactlyInAnyOrderElementsOf(namedLike("che shan tuyet "));
        SearchResult typo = search("nam huongg rung");
        assertThat(typo.isPartialMatch()).isFalse();
        assertThat(typo.getHits()).isNotEmpty()
            .allSatisfy(hit -> assertThat(fold(hit.getName())).startsWith("nam huong rung"));
    }

    @Test
    void aShortSyllableIsNeverFuzzy() {
        // "mam" is one edit from "mat", "man" and "nam": a different word, not a typo.
        assertThat(names("mam")).allSatisfy(name -> assertThat(fold(name)).containsPattern("\\bmam\\b"));
    }

    @Test
    void aWordTheIndexKnowsIsNotTakenForATypo() {
        // "chanh" (lime) is one letter from "chan" (Văn Chấn) and "canh" (Đào cảnh): both real words.
        assertThat(names("chanh")).isNotEmpty().allSatisfy(name -> assertThat(fold(name)).contains("chanh"));
    }

    @Test
    void theLastWordIsAPrefixWhileTyping() {
        assertThat(names("mat o")).first().satisfies(name -> assertThat(fold(name)).startsWith("mat ong"));
        assertThat(names("che shan tuy")).hasSizeGreaterThanOrEqualTo(5)
            .first().satisfies(name -> assertThat(fold(name)).startsWith("che shan tuyet"));
    }

    @Test
    void producerNameFindsAllTheirProducts() {
        List<Long> theirs = products.stream().filter(p -> p.producerName().equals("Hộ kinh doanh Hoàng Quang Hải"))
            .map(SearchDocument::productId).toList();
        assertThat(theirs).hasSizeGreaterThan(3);
        assertThat(ids("hoang quang hai").subList(0, theirs.size())).containsExactlyInAnyOrderElementsOf(theirs);
        assertThat(ids("Hoàng Quang Hải").subList(0, theirs.size())).containsExactlyInAnyOrderElementsOf(theirs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"buon ma thuot", "buon me thuot", "Buôn Mê Thuột", "Ban Mê Thuột", "cà phê buôn ma thuột"})
    void bothSpellingsOfBuonMaThuotFindItsProducts(String typed) {
        assertThat(ids(typed)).hasSizeGreaterThanOrEqualTo(2)
            .first().isEqualTo(CA_PHE_BUON_MA_THUOT);
        assertThat(ids(typed).subList(0, 2)).containsExactlyInAnyOrder(CA_PHE_BUON_MA_THUOT, CA_PHE_EA_KAO);
    }

    @Test
    void oldTonePlacementIsAnExactMatch() {
        // "hoà" (old placement) is "Hòa" (new): the name with Hòa Bình comes before the name with hoa and Bình.
        List<Long> found = ids("bánh hoà bình");
        assertThat(found).first().isEqualTo(BANH_GAI_HOA_BINH);
        List<Long> both = ids("hoà bình");
        assertThat(both.indexOf(BANH_GAI_HOA_BINH)).isLessThan(both.indexOf(TRA_HOA_BINH_MINH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"OCOP-HAGI-2019-0034", "ocop-hagi-2019-0034", "  OCOP-HAGI-2019-0034 "})
    void aCertificateNumberFindsItsProductFirst(String typed) {
        assertThat(search(typed).getHits()).first()
            .satisfies(hit -> assertThat(hit.getCertificateNumber()).isEqualTo("OCOP-HAGI-2019-0034"))
            .satisfies(hit -> assertThat(hit.getName()).isEqualTo("Mật ong bạc hà Phố Bảng"));
    }

    @Test
    void matchedWordsAreMarkedInTheEscapedName() {
        Hit honey = search("Mật ong Phố Bảng").getHits().get(0);
        assertThat(honey.getNameHtml()).isEqualTo("<mark>Mật</mark> <mark>ong</mark> bạc hà <mark>Phố</mark> <mark>Bảng</mark>");
        Hit banhDay = search("banh day quan ganh").getHits().get(0);
        assertThat(banhDay.getNameHtml())
            .isEqualTo("<mark>Bánh</mark> <mark>dày</mark> &amp; giò &quot;<mark>Quán</mark> <mark>Gánh</mark>&quot;");
        assertThat(search("che shan tuyeet").getHits().get(0).getNameHtml()).startsWith("<mark>Chè</mark> <mark>Shan</mark> <mark>tuyết</mark> ");
        assertThat(search("buon me thuot").getHits().get(0).getNameHtml())
            .isEqualTo("Cà phê bột <mark>Buôn</mark> <mark>Ma</mark> <mark>Thuột</mark>");
    }

    static Stream<String> hostileQueries() {
        return Stream.of("((", "\"", "AND", "*", "?x", "[1 TO", "a".repeat(2_000), "mật ong ".repeat(250),
            "'; DROP TABLE product; --", "1' OR '1'='1", "<script>alert(1)</script>", "name_folded:mat^100", "\\", "~2",
            "", "   ", "\u0000\u0001", "😀".repeat(150), "hoà thuỷ khoẻ ".repeat(20), "buôn mê thuột ".repeat(20),
            "tuyeett shaan ruouu nuocc mamm chee thuott buonn".repeat(3), "a b c d e f g h i j k l m n o p q r s t");
    }

    @ParameterizedTest
    @MethodSource("hostileQueries")
    void hostileInputIsSearchedAsPlainText(String typed) {
        assertThatCode(() -> {
            SearchResult result = search(typed);
            assertThat(result.getHits()).hasSizeLessThanOrEqualTo(50);
            result.getHits().forEach(hit -> assertThat(hit.getNameHtml()).doesNotContain("<script"));
            searcher.suggest(typed, 10);
        }).doesNotThrowAnyException();
    }

    @Test
    void nullTextSearchesEverything() {
        assertThat(search(null).getTotal()).isEqualTo(products.size());
    }
}
