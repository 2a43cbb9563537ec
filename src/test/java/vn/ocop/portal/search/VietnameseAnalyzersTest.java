package vn.ocop.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import vn.ocop.portal.search.control.VietnameseAnalyzers;

class VietnameseAnalyzersTest {

    static final VietnameseAnalyzers ANALYZERS = new VietnameseAnalyzers();

    @AfterAll
    static void close() {
        ANALYZERS.close();
    }

    /** All terms, synonyms included, in stream order. */
    static List<String> terms(Analyzer analyzer, String text) throws Exception {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    static String decomposed(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    @Test
    void foldedDropsCaseAndDiacriticsIncludingDStroke() throws Exception {
        assertThat(terms(ANALYZERS.folded(), "Rượu đồ Mường Đình")).containsExactly("ruou", "do", "muong", "dinh");
        assertThat(terms(ANALYZERS.folded(), decomposed("Rượu đồ Mường Đình"))).containsExactly("ruou", "do", "muong", "dinh");
    }

    @Test
    void exactKeepsDiacriticsInComposedForm() throws Exception {
        assertThat(terms(ANALYZERS.exact(), "Mật ong MÁT")).containsExactly("mật", "ong", "mát");
        assertThat(terms(ANALYZERS.exact(), decomposed("Mật ong"))).containsExactly("mật", "ong");
    }

    @Test
    void querySynonymsJoinBothSpellingsOfAPlace() throws Exception {
        assertThat(terms(ANALYZERS.foldedQuery(), "buon me thuot")).contains("buon", "ma", "me", "thuot");
        assertThat(terms(ANALYZERS.exactQuery(), "Buôn Ma Thuột")).contains("buôn", "ma", "mê", "thuột");
        assertThat(terms(ANALYZERS.folded(), "buon me thuot")).containsExactly("buon", "me", "thuot");
    }

    @Test
    void querySynonymsJoinOldAndNewTonePlacement() throws Exception {
        assertThat(terms(ANALYZERS.exactQuery(), "Thanh Hoá")).contains("hoá", "hóa");
        assertThat(terms(ANALYZERS.exactQuery(), "khỏe")).containsExactlyInAnyOrder("khỏe", "khoẻ");
        assertThat(terms(ANALYZERS.exactQuery(), decomposed("thuỷ"))).containsExactlyInAnyOrder("thuỷ", "thủy");
        assertThat(terms(ANALYZERS.foldedQuery(), "hoà")).containsOnly("hoa");
    }
}
