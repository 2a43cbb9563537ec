package vn.ocop.portal.search.control;

import static vn.ocop.portal.search.control.IndexFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

import vn.ocop.portal.catalogue.entity.ProductGroup;
import vn.ocop.portal.catalogue.entity.StatusFilter;
import vn.ocop.portal.certification.entity.CertificateState;
import vn.ocop.portal.certification.entity.CertificateStatus;
import vn.ocop.portal.producer.entity.ProducerType;
import vn.ocop.portal.search.control.QueryText.Token;
import vn.ocop.portal.search.control.SearchResult.Hit;

/**
 * Runs product searches and type-ahead on a {@link ProductIndex}. Thread-safe: one instance serves every request.
 * Validity is decided here, from each search's {@code today}, so that certificates expire with no reindexing.
 */
public final class ProductSearcher {

    /** The deepest hit a page may reach; deeper pages come back empty, with totals and facets. */
    static final int MAX_WINDOW = 10_000;
    static final int MAX_SUGGESTIONS = 20;
    static final int SNIPPET_LENGTH = 160;

    private final ProductIndex index;
    private final VietnameseAnalyzers analyzers;
    private final FacetsConfig facetsConfig;
    private final DirectSpellChecker spellChecker = new DirectSpellChecker();
    /** Building a reader's facet state reads every facet value: once per reader, dropped when the reader closes. */
    private final Map<IndexReader.CacheKey, SortedSetDocValuesReaderState> facetStates = new ConcurrentHashMap<>();
    private final Collator collator = Collator.getInstance(new ULocale("vi")).freeze();

    public ProductSearcher(ProductIndex index) {
        this.index = index;
        this.analyzers = index.analyzers();
        this.facetsConfig = index.facetsConfig();
        spellChecker.setMinQueryLength(3); // Vietnamese syllables are short
    }

    /** Never throws on what a visitor typed. */
    public SearchResult search(ProductSearch search) {
        return index.withSearcher(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            if (reader.numDocs() == 0) {
                return SearchResult.empty();
            }
            QueryText text = QueryText.of(search.text(), analyzers, word -> occurs(reader, word));
            SearchResult result = run(searcher, search, text, text.query(0), false);
            if (result.getTotal() > 0 || text.isEmpty()) {
                return result;
            }
            String suggestion = didYouMean(searcher, search, text);
            if (text.tokens().size() > 1) {
                SearchResult partial = run(searcher, search, text, text.query(1), true);
                result = partial.getTotal() > 0 ? partial : result;
            }
            return result.withDidYouMean(suggestion);
        });
    }

    /**
     * Type-ahead: names of products, then of producers, then of provinces, whose words start with what was typed
     * (two letters at least, with or without diacritics). Revoked and suspended products are left out.
     */
    public List<Suggestion> suggest(String prefix, int max) {
        QueryText text = QueryText.of(prefix, analyzers);
        String typed = text.foldedText();
        if (typed.length() < 2 || max <= 0) {
            return List.of();
        }
        int wanted = Math.min(max, MAX_SUGGESTIONS);
        return index.withSearcher(searcher -> {
            if (searcher.getIndexReader().numDocs() == 0) {
                return List.of();
            }
            Map<String, Suggestion> found = new LinkedHashMap<>();
            addMatches(searcher, text.prefixQuery(NAME_FOLDED, NAME_PREFIX, NAME_EXACT, NAME_EXACT_PREFIX),
                Suggestion.Kind.PRODUCT, typed, wanted, found);
            addMatches(searcher, text.prefixQuery(PRODUCER_FOLDED, PRODUCER_PREFIX, PRODUCER_EXACT, PRODUCER_EXACT_PREFIX),
                Suggestion.Kind.PRODUCER, typed, wanted, found);
            addProvinces(searcher.getIndexReader(), typed, found);
            return found.values().stream().limit(wanted).toList();
        });
    }

    /**
     * For choosing a producer by name (the account request form): the products, best first, of producers whose name
     * has words starting with what was typed, with or without diacritics (two letters at least), as type-ahead
     * matches them. Products, not producers: two producers may share a name, and the database knows whose is which.
     */
    public List<Long> productsOfProducersNamed(String prefix, int max) {
        QueryText text = QueryText.of(prefix, analyzers);
        if (text.foldedText().length() < 2 || max <= 0) {
            return List.of();
        }
        Query query = text.prefixQuery(PRODUCER_FOLDED, PRODUCER_PREFIX, PRODUCER_EXACT, PRODUCER_EXACT_PREFIX);
        return index.withSearcher(searcher -> {
            List<Long> ids = new ArrayList<>();
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            for (ScoreDoc hit : searcher.search(query, max).scoreDocs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                NumericDocValues docIds = DocValues.getNumeric(leaf.reader(), ID);
                if (docIds.advanceExact(hit.doc - leaf.docBase)) {
                    ids.add(docIds.longValue());
                }
            }
            return ids;
        });
    }

    private SearchResult run(IndexSearcher searcher, ProductSearch search, QueryText text, Query textQuery,
        boolean partial) throws IOException {
        Query filtered = new BooleanQuery.Builder()
            .add(textQuery, Occur.MUST)
            .add(statusQuery(search.status(), search.today(), search.expiringWindowDays()), Occur.FILTER)
            .build();
        long from = (long) search.page() * search.size();
        int topN = from >= MAX_WINDOW ? 1 : (int) Math.min(MAX_WINDOW, from + search.size());
        DrillSideways sideways = new DrillSideways(searcher, facetsConfig, facetState(searcher.getIndexReader()));
        DrillSideways.DrillSidewaysResult found =
            sideways.search(drillDown(filtered, search), null, null, topN, sort(search.order()), true);

        List<Hit> hits = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        ScoreDoc[] docs = found.hits.scoreDocs;
        for (long i = from; i < docs.length; i++) {
            hits.add(hit(stored.document(docs[(int) i].doc), docs[(int) i].score, text, search));
        }
        Map<String, LinkedHashMap<String, Long>> facets = new LinkedHashMap<>();
        facets.put(SearchResult.STARS, counts(found.facets, SearchResult.STARS,
            Comparator.comparing((LabelAndValue v) -> Integer.parseInt(v.label)).reversed()));
        facets.put(SearchResult.GROUP, counts(found.facets, SearchResult.GROUP,
            Comparator.comparing(v -> ProductGroup.fromCode(v.label).map(Enum::ordinal).orElse(Integer.MAX_VALUE))));
        facets.put(SearchResult.PROVINCE, counts(found.facets, SearchResult.PROVINCE,
            Comparator.comparing((LabelAndValue v) -> -v.value.longValue()).thenComparing(v -> v.label, collator)));
        facets.put(SearchResult.PRODUCER_TYPE, counts(found.facets, SearchResult.PRODUCER_TYPE,
            Comparator.comparing(v -> ProducerType.fromNameOrCode(v.label).map(Enum::ordinal).orElse(Integer.MAX_VALUE))));
        facets.put(SearchResult.STATUS, statusCounts(searcher, drillDown(textQuery, search), search));
        return new SearchResult(found.hits.totalHits.value, hits, facets, null, partial);
    }

    /** Each facet selection is a drill-down; DrillSideways still counts the other values of a selected dimension. */
    private DrillDownQuery drillDown(Query base, ProductSearch search) {
        DrillDownQuery query = new DrillDownQuery(facetsConfig, base);
        if (search.stars() != null) {
            query.add(SearchResult.STARS, search.stars().toString());
        }
        if (search.group() != null) {
            query.add(SearchResult.GROUP, search.group().getCode());
        }
        if (search.province() != null) {
            query.add(SearchResult.PROVINCE, search.province());
        }
        if (search.producerType() != null) {
            query.add(SearchResult.PRODUCER_TYPE, search.producerType().getCode());
        }
        return query;
    }

    private static Sort sort(ProductSearch.Order order) {
        SortField name = new SortField(NAME_SORT, SortField.Type.STRING);
        SortField stars = new SortField(STARS, SortField.Type.LONG, true);
        SortField id = new SortField(ID, SortField.Type.LONG);
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, stars, name, id);
            case NAME -> new Sort(name, id);
            case STARS -> new Sort(stars, SortField.FIELD_SCORE, name, id);
            case NEWEST -> new Sort(new SortField(DECISION_DATE, SortField.Type.LONG, true), name, id);
        };
    }

    /** The catalogue's rules, on the day of the search: expiry is a date comparison, not a stored status. */
    static Query statusQuery(StatusFilter filter, LocalDate today, int expiringWindowDays) {
        long day = today.toEpochDay();
        return switch (filter) {
            case ANY -> new MatchAllDocsQuery();
            case VALID -> active(expiresBetween(day + 1, Long.MAX_VALUE));
            case EXPIRING -> active(expiresBetween(day + 1, day + expiringWindowDays));
            case EXPIRED -> active(expiresBetween(Long.MIN_VALUE, day));
        };
    }

    private static Query active(Query expiry) {
        return new BooleanQuery.Builder().add(stateQuery(CertificateState.ACTIVE), Occur.FILTER).add(expiry, Occur.FILTER).build();
    }

    private static Query stateQuery(CertificateState state) {
        return new TermQuery(new Term(STATE, state.name()));
    }

    private static Query expiresBetween(long from, long to) {
        if (from > to) {
            return new MatchNoDocsQuery();
        }
        return new IndexOrDocValuesQuery(LongPoint.newRangeQuery(EXPIRES_ON, from, to),
            NumericDocValuesField.newSlowRangeQuery(EXPIRES_ON, from, to));
    }

    static CertificateStatus statusOf(CertificateState state, LocalDate expiresOn, LocalDate today, int expiringWindowDays) {
        return switch (state) {
            case SUSPENDED -> CertificateStatus.SUSPENDED;
            case REVOKED -> CertificateStatus.REVOKED;
            case SUPERSEDED -> CertificateStatus.SUPERSEDED;
            case ACTIVE -> !today.isBefore(expiresOn) ? CertificateStatus.EXPIRED
                : expiresOn.isAfter(today.plusDays(expiringWindowDays)) ? CertificateStatus.VALID : CertificateStatus.EXPIRING;
        };
    }

    /**
     * Counts per status for the same text and facet selections, whatever status filter is selected: one pass over the
     * matching products, reading each one's state and expiry from doc values.
     */
    private static LinkedHashMap<String, Long> statusCounts(IndexSearcher searcher, Query base, ProductSearch search)
        throws IOException {
        long[] counts = new long[CertificateStatus.values().length];
        LocalDate today = search.today();
        int window = search.expiringWindowDays();
        CertificateState[] states = CertificateState.values();
        searcher.search(base, new SimpleCollector() {
            private NumericDocValues state;
            private NumericDocValues expiresOn;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                state = DocValues.getNumeric(context.reader(), STATE);
                expiresOn = DocValues.getNumeric(context.reader(), EXPIRES_ON);
            }

            @Override
            public void collect(int doc) throws IOException {
                if (state.advanceExact(doc) && expiresOn.advanceExact(doc)) {
                    counts[statusOf(states[(int) state.longValue()], LocalDate.ofEpochDay(expiresOn.longValue()), today,
                        window).ordinal()]++;
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        LinkedHashMap<String, Long> byCode = new LinkedHashMap<>();
        long expiring = counts[CertificateStatus.EXPIRING.ordinal()];
        byCode.put(StatusFilter.VALID.getCode(), counts[CertificateStatus.VALID.ordinal()] + expiring);
        byCode.put(StatusFilter.EXPIRING.getCode(), expiring);
        byCode.put(StatusFilter.EXPIRED.getCode(), counts[CertificateStatus.EXPIRED.ordinal()]);
        for (CertificateStatus status : List.of(CertificateStatus.SUSPENDED, CertificateStatus.REVOKED)) {
            byCode.put(status.name().toLowerCase(Locale.ROOT), counts[status.ordinal()]);
        }
        return byCode;
    }

    private static LinkedHashMap<String, Long> counts(Facets facets, String dimension, Comparator<LabelAndValue> order)
        throws IOException {
        LinkedHashMap<String, Long> counts = new LinkedHashMap<>();
        FacetResult result = facets.getAllChildren(dimension);
        if (result != null) {
            Arrays.stream(result.labelValues).sorted(order).forEach(v -> counts.put(v.label, v.value.longValue()));
        }
        return counts;
    }

    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        IndexReader.CacheHelper cache = reader.getReaderCacheHelper();
        if (cache == null) {
            return new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        }
        SortedSetDocValuesReaderState state = facetStates.get(cache.getKey());
        if (state == null) {
            state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
            if (facetStates.putIfAbsent(cache.getKey(), state) == null) {
                cache.addClosedListener(facetStates::remove);
            }
        }
        return state;
    }

    private Hit hit(Document doc, float score, QueryText text, ProductSearch search) {
        String name = doc.get(NAME);
        LocalDate expiresOn = LocalDate.ofEpochDay(doc.getField(EXPIRES_ON).numericValue().longValue());
        CertificateStatus status = statusOf(CertificateState.valueOf(doc.get(STATE)), expiresOn, search.today(),
            search.expiringWindowDays());
        return new Hit(Long.parseLong(doc.get(ID)), score, name, text.highlight(name),
            text.snippet(doc.get(DESCRIPTION), SNIPPET_LENGTH), doc.get(PRODUCER),
            doc.get(PROVINCE), doc.getField(STARS).numericValue().intValue(), doc.get(CERTIFICATE), status);
    }

    /**
     * Replaces each typed word found in no field by the closest word of the product names, and offers the result if
     * it finds something with the same filters.
     */
    private String didYouMean(IndexSearcher searcher, ProductSearch search, QueryText text) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        List<String> words = new ArrayList<>();
        boolean changed = false;
        for (Token token : text.tokens()) {
            String word = token.exact();
            if (!occurs(reader, token.folded())) {
                SuggestWord[] similar = spellChecker.suggestSimilar(new Term(NAME_FOLDED, token.folded()), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (similar.length > 0) {
                    word = spelledAsInNames(searcher, similar[0].string);
                    changed = true;
                }
            }
            words.add(word);
        }
        if (!changed) {
            return null;
        }
        String suggestion = String.join(" ", words);
        Query corrected = new BooleanQuery.Builder()
            .add(QueryText.of(suggestion, analyzers).query(0), Occur.FILTER)
            .add(statusQuery(search.status(), search.today(), search.expiringWindowDays()), Occur.FILTER)
            .build();
        return searcher.count(drillDown(corrected, search)) > 0 ? suggestion : null;
    }

    /** A folded word as a product name writes it, diacritics included: "keo" (glue) is not "kẹo" (candy). */
    private String spelledAsInNames(IndexSearcher searcher, String folded) throws IOException {
        ScoreDoc[] top = searcher.search(new TermQuery(new Term(NAME_FOLDED, folded)), 1).scoreDocs;
        if (top.length == 0) {
            return folded;
        }
        String name = searcher.storedFields().document(top[0].doc, Set.of(NAME)).get(NAME);
        return VietnameseAnalyzers.tokens(analyzers.exact(), name).stream()
            .filter(exact -> analyzers.folded().normalize(NAME_FOLDED, exact).utf8ToString().equals(folded))
            .findFirst().orElse(folded);
    }

    /** Whether some product has this folded word in a searched field. */
    private static boolean occurs(IndexReader reader, String folded) {
        try {
            for (String field : List.of(NAME_FOLDED, PRODUCER_FOLDED, PLACE_FOLDED, GROUP_FOLDED, DESCRIPTION_FOLDED)) {
                if (reader.docFreq(new Term(field, folded)) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Distinct labels of the best active matches, those starting with what was typed first. */
    private void addMatches(IndexSearcher searcher, Query query, Suggestion.Kind kind, String typed, int wanted,
        Map<String, Suggestion> found) throws IOException {
        if (found.size() >= wanted) {
            return;
        }
        Query active = new BooleanQuery.Builder().add(query, Occur.MUST)
            .add(stateQuery(CertificateState.ACTIVE), Occur.FILTER).build();
        Sort best = new Sort(SortField.FIELD_SCORE, new SortField(STARS, SortField.Type.LONG, true),
            new SortField(NAME_SORT, SortField.Type.STRING));
        String field = kind == Suggestion.Kind.PRODUCT ? NAME_LABEL : PRODUCER_LABEL;
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<String, Suggestion> matches = new LinkedHashMap<>();
        for (ScoreDoc hit : searcher.search(active, wanted * 10, best).scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            int doc = hit.doc - leaf.docBase;
            SortedDocValues labels = DocValues.getSorted(leaf.reader(), field);
            NumericDocValues ids = DocValues.getNumeric(leaf.reader(), ID);
            if (labels.advanceExact(doc) && ids.advanceExact(doc)) {
                String label = labels.lookupOrd(labels.ordValue()).utf8ToString();
                matches.putIfAbsent(label, new Suggestion(kind, label,
                    kind == Suggestion.Kind.PRODUCT ? Long.valueOf(ids.longValue()) : null));
            }
        }
        matches.values().stream().sorted(Comparator.comparing(s -> !startsWith(s.getLabel(), typed)))
            .forEachOrdered(s -> found.putIfAbsent(s.getLabel(), s));
    }

    /** Provinces come from the facet values: a few dozen, whatever the number of products. */
    private void addProvinces(IndexReader reader, String typed, Map<String, Suggestion> found) throws IOException {
        SortedSetDocValuesReaderState state = facetState(reader);
        SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(SearchResult.PROVINCE);
        if (range == null) {
            return;
        }
        SortedSetDocValues values = state.getDocValues();
        List<String> matching = new ArrayList<>();
        for (int ord = range.start; ord <= range.end; ord++) {
            String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
            String province = path[path.length - 1];
            String folded = fold(province);
            if (folded.startsWith(typed) || folded.contains(" " + typed)) {
                matching.add(province);
            }
        }
        matching.sort(Comparator.comparing((String p) -> !startsWith(p, typed)).thenComparing(p -> p, collator));
        matching.forEach(p -> found.putIfAbsent(p, new Suggestion(Suggestion.Kind.PLACE, p, null)));
    }

    private boolean startsWith(String label, String typed) {
        return fold(label).startsWith(typed);
    }

    private String fold(String label) {
        return String.join(" ", analyzers.foldedTokens(label));
    }
}
