package vn.ocop.portal.search.control;

import static vn.ocop.portal.search.control.IndexFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * What a visitor typed, made safe and analyzed. The text is capped and split by the analyzers, never by a query
 * parser, so "((", "AND", "*" or "[1 TO" are plain words or nothing. The synonym list turns it into one or more
 * readings ("buon me thuot" also reads "buon ma thuot"); each reading requires all its words, in any field.
 */
final class QueryText {

    static final int MAX_CHARS = 200;
    static final int MAX_TOKENS = 10;
    private static final int MAX_READINGS = 8;
    /**
     * Words over all readings. Each word costs up to 40 clauses once fuzzy queries are expanded (7 terms, 3 fuzzy
     * queries of up to 10 terms, 3 prefixes), and a query may not exceed Lucene's 1,024.
     */
    private static final int MAX_WORDS = 20;
    private static final int FUZZY_EXPANSIONS = 10;

    /**
     * Typo tolerance only for long folded words that no product uses: one letter changes a short syllable into another
     * word, and even "chanh" (lime) is one letter from "chan" and "canh".
     */
    private static final int FUZZY_MIN_LENGTH = 5;
    private static final int FUZZY_MAX_LENGTH = 30;
    private static final int PHRASE_SLOP = 2;
    private static final float PHRASE_BOOST = 3f;
    private static final float CERTIFICATE_BOOST = 100f;
    private static final float TIE_BREAKER = 0.2f;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** One word of a reading: as typed (lower case, diacritics kept; null if unknown) and folded. */
    record Token(String exact, String folded) {
    }

    private final String text;
    private final List<Token> typed;
    private final List<List<Token>> readings;
    /** Folded words to match with one typo. */
    private final Set<String> fuzzy;
    private final Analyzer folded;

    private QueryText(String text, List<Token> typed, List<List<Token>> readings, Set<String> fuzzy, Analyzer folded) {
        this.text = text;
        this.typed = typed;
        this.readings = readings;
        this.fuzzy = fuzzy;
        this.folded = folded;
    }

    /** Without typo tolerance. */
    static QueryText of(String input, VietnameseAnalyzers analyzers) {
        return of(input, analyzers, word -> true);
    }

    /** @param isKnownWord whether the index has this folded word; long unknown words are matched with one typo */
    static QueryText of(String input, VietnameseAnalyzers analyzers, Predicate<String> isKnownWord) {
        String text = cap(input == null ? "" : input).strip();
        List<Token> typed = new ArrayList<>();
        for (String exact : limit(VietnameseAnalyzers.tokens(analyzers.exact(), text))) {
            Token token = new Token(exact, fold(analyzers, exact));
            if (!token.folded().isEmpty()) {
                typed.add(token);
            }
        }
        List<List<Token>> readings = typed.isEmpty() ? List.of() : readings(text, typed, analyzers);
        Set<String> fuzzy = readings.stream().flatMap(List::stream).map(Token::folded)
            .filter(f -> f.length() >= FUZZY_MIN_LENGTH && f.length() <= FUZZY_MAX_LENGTH && !isKnownWord.test(f))
            .collect(Collectors.toSet());
        return new QueryText(text, typed, readings, fuzzy, analyzers.folded());
    }

    /** The words as typed, then the synonym readings as typed and folded, within {@value #MAX_WORDS} words. */
    private static List<List<Token>> readings(String text, List<Token> typed, VietnameseAnalyzers analyzers) {
        Set<List<Token>> readings = new LinkedHashSet<>();
        readings.add(typed);
        for (List<String> path : paths(analyzers.exactQuery(), text)) {
            readings.add(path.stream().map(exact -> new Token(exact, fold(analyzers, exact))).toList());
        }
        for (List<String> path : paths(analyzers.foldedQuery(), text)) {
            readings.add(alignedWith(typed, path));
        }
        List<List<Token>> kept = new ArrayList<>();
        int words = 0;
        for (List<Token> reading : readings) {
            boolean complete = reading.stream().noneMatch(t -> t.folded().isEmpty());
            if (kept.isEmpty() || (complete && words + reading.size() <= MAX_WORDS)) {
                kept.add(reading);
                words += reading.size();
            }
        }
        return kept;
    }

    private static String fold(VietnameseAnalyzers analyzers, String word) {
        return analyzers.folded().normalize(NAME_FOLDED, word).utf8ToString();
    }

    boolean isEmpty() {
        return typed.isEmpty();
    }

    /** The words as typed, capped at {@value #MAX_TOKENS}. */
    List<Token> tokens() {
        return typed;
    }

    /**
     * The relevance query: any reading, with each of its words in some field (all but {@code wordsMayMiss} of them),
     * or the certificate number typed as is. Matches everything when nothing searchable was typed.
     */
    Query query(int wordsMayMiss) {
        Query certificate = certificateQuery();
        if (typed.isEmpty() && certificate == null) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (!typed.isEmpty()) {
            List<Query> alternatives = readings.stream().map(reading -> readingQuery(reading, wordsMayMiss)).toList();
            any.add(alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, 0f), Occur.SHOULD);
        }
        if (certificate != null) {
            any.add(new BoostQuery(new ConstantScoreQuery(certificate), CERTIFICATE_BOOST), Occur.SHOULD);
        }
        return any.build();
    }

    /**
     * For type-ahead: all words in the folded field, the last one as a beginning (looked up in the matching prefix
     * field); exact spellings, looked up the same way, score higher.
     */
    Query prefixQuery(String foldedField, String foldedPrefixField, String exactField, String exactPrefixField) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i < typed.size(); i++) {
            Token token = typed.get(i);
            boolean last = i == typed.size() - 1;
            all.add(last ? startsWith(foldedPrefixField, token.folded())
                : new TermQuery(new Term(foldedField, token.folded())), Occur.MUST);
            if (token.exact() != null) {
                all.add(last ? startsWith(exactPrefixField, token.exact())
                    : new TermQuery(new Term(exactField, token.exact())), Occur.SHOULD);
            }
        }
        return all.build();
    }

    /**
     * Words of the field that begin with these letters, every one scoring alike, as a prefix query would: one term of
     * the field's prefix index. Longer than the indexed beginnings, the letters are matched on their first ones.
     */
    private static Query startsWith(String prefixField, String letters) {
        String indexed = letters.length() <= VietnameseAnalyzers.MAX_PREFIX ? letters
            : letters.substring(0, VietnameseAnalyzers.MAX_PREFIX);
        return new ConstantScoreQuery(new TermQuery(new Term(prefixField, indexed)));
    }

    /** The folded words joined by spaces, as {@link VietnameseAnalyzers#foldedTokens} would give them. */
    String foldedText() {
        return String.join(" ", typed.stream().map(Token::folded).toList());
    }

    /** The name, HTML-escaped, with {@code <mark>} around each word the query matches (synonyms and typos included). */
    String highlight(String name) {
        return highlight(name, matchedWords(name));
    }

    /**
     * About {@code length} characters of a longer text, cut at spaces, starting a little before the first matched word
     * (or at the start), highlighted as {@link #highlight(String)} does, with "…" where it was cut.
     */
    String snippet(String text, int length) {
        List<int[]> matched = matchedWords(text);
        if (text.length() <= length) {
            return highlight(text, matched);
        }
        int from = matched.isEmpty() ? 0 : Math.max(0, matched.get(0)[0] - length / 4);
        if (from > 0) {
            int space = text.indexOf(' ', from);
            from = space < 0 || space >= matched.get(0)[0] ? from : space + 1;
        }
        int to = Math.min(text.length(), from + length);
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space > from ? space : to;
        }
        int start = from;
        int end = to;
        List<int[]> inside = matched.stream().filter(m -> m[0] >= start && m[1] <= end)
            .map(m -> new int[] {m[0] - start, m[1] - start}).toList();
        return (from > 0 ? "… " : "") + highlight(text.substring(from, to), inside) + (to < text.length() ? " …" : "");
    }

    /** Start and end offsets of the words of the text that the query matches, in order. */
    private List<int[]> matchedWords(String text) {
        List<int[]> matched = new ArrayList<>();
        try (TokenStream stream = folded.tokenStream(NAME_FOLDED, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int done = 0;
            while (stream.incrementToken()) {
                int start = offset.startOffset();
                int end = offset.endOffset();
                if (start >= done && end <= text.length() && matches(term.toString())) {
                    matched.add(new int[] {start, end});
                    done = end;
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matched;
    }

    private static String highlight(String text, List<int[]> matched) {
        StringBuilder html = new StringBuilder(text.length() + 13 * matched.size());
        int done = 0;
        for (int[] word : matched) {
            html.append(escape(text.substring(done, word[0])))
                .append("<mark>").append(escape(text.substring(word[0], word[1]))).append("</mark>");
            done = word[1];
        }
        return html.append(escape(text.substring(done))).toString();
    }

    private boolean matches(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (List<Token> reading : readings) {
            for (int i = 0; i < reading.size(); i++) {
                String wanted = reading.get(i).folded();
                if (word.equals(wanted)
                    || (isPrefixed(reading, i) && word.startsWith(wanted))
                    || (fuzzy.contains(wanted) && word.charAt(0) == wanted.charAt(0) && withinOneEdit(word, wanted))) {
                    return true;
                }
            }
        }
        return false;
    }

    private Query readingQuery(List<Token> reading, int wordsMayMiss) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (int i = 0; i < reading.size(); i++) {
            words.add(wordQuery(reading.get(i), isPrefixed(reading, i)), wordsMayMiss == 0 ? Occur.MUST : Occur.SHOULD);
        }
        if (wordsMayMiss > 0) {
            words.setMinimumNumberShouldMatch(Math.max(1, reading.size() - wordsMayMiss));
        }
        if (reading.size() < 2) {
            return words.build();
        }
        // Words in the name in the order typed, give or take two moves: "Mật ong bạc hà" before "Kẹo bạc hà mật ong".
        PhraseQuery phrase = new PhraseQuery(PHRASE_SLOP, NAME_FOLDED, reading.stream().map(Token::folded).toArray(String[]::new));
        return new BooleanQuery.Builder()
            .add(words.build(), Occur.MUST)
            .add(new BoostQuery(phrase, PHRASE_BOOST), Occur.SHOULD)
            .build();
    }

    /**
     * One word in any field, scored by the best field: exact spelling above folded, name above producer above place
     * above group and description. Long words also match with one typo; the last word also as a prefix.
     */
    private Query wordQuery(Token token, boolean prefixed) {
        String f = token.folded();
        List<Query> fields = new ArrayList<>();
        if (token.exact() != null) {
            fields.add(boost(new TermQuery(new Term(NAME_EXACT, token.exact())), 4f));
            fields.add(boost(new TermQuery(new Term(PRODUCER_EXACT, token.exact())), 1.5f));
        }
        fields.add(boost(new TermQuery(new Term(NAME_FOLDED, f)), 2f));
        fields.add(boost(new TermQuery(new Term(PRODUCER_FOLDED, f)), 1f));
        fields.add(boost(new TermQuery(new Term(PLACE_FOLDED, f)), 1f));
        fields.add(boost(new TermQuery(new Term(GROUP_FOLDED, f)), 0.5f));
        fields.add(boost(new TermQuery(new Term(DESCRIPTION_FOLDED, f)), 0.3f));
        if (fuzzy.contains(f)) {
            fields.add(boost(fuzzyQuery(NAME_FOLDED, f), 1f));
            fields.add(boost(fuzzyQuery(PRODUCER_FOLDED, f), 0.5f));
            fields.add(boost(fuzzyQuery(PLACE_FOLDED, f), 0.5f));
        }
        if (prefixed) {
            fields.add(boost(startsWith(NAME_PREFIX, f), 1.5f));
            fields.add(boost(startsWith(PRODUCER_PREFIX, f), 0.8f));
            fields.add(boost(startsWith(PLACE_PREFIX, f), 0.8f));
        }
        return new DisjunctionMaxQuery(fields, TIE_BREAKER);
    }

    /**
     * The last word is still being typed: a prefix if it has two letters or more, or one letter after other words
     * ("mat o"), where the words before keep the expansion small.
     */
    private static boolean isPrefixed(List<Token> reading, int index) {
        int length = reading.get(index).folded().length();
        return index == reading.size() - 1 && (length >= 2 || (length == 1 && reading.size() > 1));
    }

    /** Words that look like a certificate number (with a digit), as typed, whole and one by one. */
    private Query certificateQuery() {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(ProductIndex.certificateKey(text));
        keys.addAll(List.of(WHITESPACE.split(text)));
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String key : keys) {
            if (!key.isEmpty() && key.chars().anyMatch(Character::isDigit) && clauses < MAX_TOKENS) {
                any.add(new TermQuery(new Term(CERTIFICATE, ProductIndex.certificateKey(key))), Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : any.build();
    }

    /** Token sequences of the synonym graph, each capped like the typed words. */
    private static List<List<String>> paths(Analyzer analyzer, String text) {
        List<List<String>> paths = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            Iterator<TokenStream> it = new GraphTokenStreamFiniteStrings(stream).getFiniteStrings();
            while (it.hasNext() && paths.size() < MAX_READINGS) {
                TokenStream path = it.next();
                CharTermAttribute term = path.addAttribute(CharTermAttribute.class);
                List<String> tokens = new ArrayList<>();
                path.reset();
                while (path.incrementToken()) {
                    tokens.add(term.toString());
                }
                paths.add(limit(tokens));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paths;
    }

    /** A folded reading keeps the typed spelling of the words it did not change, for the exact fields. */
    private static List<Token> alignedWith(List<Token> typed, List<String> foldedPath) {
        List<Token> reading = new ArrayList<>();
        for (int i = 0; i < foldedPath.size(); i++) {
            String f = foldedPath.get(i);
            boolean same = foldedPath.size() == typed.size() && typed.get(i).folded().equals(f);
            reading.add(new Token(same ? typed.get(i).exact() : null, f));
        }
        return reading;
    }

    private static List<String> limit(List<String> tokens) {
        return tokens.size() <= MAX_TOKENS ? tokens : tokens.subList(0, MAX_TOKENS);
    }

    /** Cuts long input, never inside a surrogate pair. */
    private static String cap(String input) {
        if (input.length() <= MAX_CHARS) {
            return input;
        }
        int end = Character.isHighSurrogate(input.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return input.substring(0, end);
    }

    /** One edit, the first letter as typed. */
    private static Query fuzzyQuery(String field, String folded) {
        return new FuzzyQuery(new Term(field, folded), 1, 1, FUZZY_EXPANSIONS, true);
    }

    private static Query boost(Query query, float boost) {
        return new BoostQuery(query, boost);
    }

    /** One insertion, deletion, substitution or swap of neighbours apart, as FuzzyQuery counts edits. */
    static boolean withinOneEdit(String a, String b) {
        if (a.length() == b.length()) {
            int first = -1;
            int mismatches = 0;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    first = first < 0 ? i : first;
                    mismatches++;
                }
            }
            return mismatches <= 1 || (mismatches == 2 && first + 1 < a.length()
                && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() - shorter.length() != 1) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
