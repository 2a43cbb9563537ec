package vn.ocop.portal.search.control;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.IOUtils;

import com.ibm.icu.text.Normalizer2;

/**
 * The analyzers of the product index. Vietnamese diacritics carry meaning (mật "honey", mát "cool") but many people
 * type without them: the folded form matches either way, and the exact form lets a query typed with diacritics rank
 * exact matches first. Text goes to NFC before tokenizing, so decomposed input (as some keyboards and PDFs produce)
 * behaves like composed input. All the analyzers are thread-safe; build one instance and share it.
 */
public final class VietnameseAnalyzers implements Closeable {

    /** Classpath resource, Solr format, read at query time only: editing it needs no reindexing. */
    public static final String SYNONYMS = "/vn/ocop/portal/search/synonyms.txt";

    private final Analyzer folded = new VietnameseAnalyzer(ICUFoldingFilter::new, null);
    private final Analyzer exact = new VietnameseAnalyzer(LowerCaseFilter::new, null);
    private final Analyzer foldedQuery = new VietnameseAnalyzer(ICUFoldingFilter::new, synonyms(folded));
    private final Analyzer exactQuery = new VietnameseAnalyzer(LowerCaseFilter::new, synonyms(exact));
    private final Analyzer foldedPrefixes = new VietnameseAnalyzer(in -> startsOf(new ICUFoldingFilter(in)), null);
    private final Analyzer exactPrefixes = new VietnameseAnalyzer(in -> startsOf(new LowerCaseFilter(in)), null);

    /** Longer beginnings of a word are not indexed: a word typed that far is matched whole or by its first 20 letters. */
    static final int MAX_PREFIX = 20;

    /** Lower case, no diacritics, đ as d: "Rượu đồ Mường Đình" gives ruou, do, muong, dinh. */
    public Analyzer folded() {
        return folded;
    }

    /** Lower case only: "Mật ong" gives mật, ong. */
    public Analyzer exact() {
        return exact;
    }

    /** {@link #folded()} with the synonym list, for queries: "buon me thuot" also reads "buon ma thuot". */
    public Analyzer foldedQuery() {
        return foldedQuery;
    }

    /** {@link #exact()} with the synonym list, for queries: "hoà" also reads "hòa". */
    public Analyzer exactQuery() {
        return exactQuery;
    }

    /**
     * For indexing only: {@link #folded()} words and every beginning of them ("mat" gives m, ma, mat), so that a word
     * still being typed is one term to look up rather than a prefix to expand over the dictionary.
     */
    public Analyzer foldedPrefixes() {
        return foldedPrefixes;
    }

    /** For indexing only: {@link #exact()} words and every beginning of them. */
    public Analyzer exactPrefixes() {
        return exactPrefixes;
    }

    private static TokenStream startsOf(TokenStream words) {
        return new EdgeNGramTokenFilter(words, 1, MAX_PREFIX, true);
    }

    /** The folded tokens of a text, e.g. to compare a label with what was typed. */
    public List<String> foldedTokens(String text) {
        return tokens(folded, text);
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text == null ? "" : text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 0) {
                    tokens.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String reader does not fail
        }
        return tokens;
    }

    @Override
    public void close() {
        try {
            IOUtils.close(folded, exact, foldedQuery, exactQuery, foldedPrefixes, exactPrefixes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each entry of the list goes through the analyzer it serves, so the folded map holds folded spellings. */
    private static SynonymMap synonyms(Analyzer analyzer) {
        try (InputStream in = VietnameseAnalyzers.class.getResourceAsStream(SYNONYMS)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + SYNONYMS);
            }
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
            parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("Bad synonym list " + SYNONYMS + ": " + e.getMessage(), e);
        }
    }

    /** NFC, then the standard (UAX #29) tokenizer, then a case or diacritic filter, then synonyms if any. */
    private static final class VietnameseAnalyzer extends Analyzer {

        private final UnaryOperator<TokenStream> filter;
        private final SynonymMap synonyms;

        VietnameseAnalyzer(UnaryOperator<TokenStream> filter, SynonymMap synonyms) {
            this.filter = filter;
            this.synonyms = synonyms;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new ICUNormalizer2CharFilter(reader, Normalizer2.getNFCInstance());
        }

        @Override
        protected Reader initReaderForNormalization(String fieldName, Reader reader) {
            return initReader(fieldName, reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = filter.apply(source);
            if (synonyms != null) {
                result = new SynonymGraphFilter(result, synonyms, false);
            }
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return filter.apply(in);
        }
    }
}
