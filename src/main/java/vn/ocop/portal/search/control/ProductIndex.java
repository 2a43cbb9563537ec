package vn.ocop.portal.search.control;

import static vn.ocop.portal.search.control.IndexFields.*;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.icu.ICUCollationDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

import vn.ocop.portal.catalogue.control.VietnameseText;

/**
 * The product index: one writer over a directory and a manager of near-real-time searchers. Changes become visible to
 * searches on {@link #refresh()} and durable on {@link #commit(long)}; the database stays the source of truth, so a lost
 * or outdated index is simply rebuilt from it. Thread-safe; one instance per directory.
 */
public final class ProductIndex implements Closeable {

    /** Bump when fields or analysis change: an index written with another version is rebuilt, never read. */
    public static final String FORMAT_VERSION = "ocop-index-4";
    static final String FORMAT_KEY = "ocop.index.format";
    /** How far the database's change log has been applied, committed with the documents it produced. */
    static final String POSITION_KEY = "ocop.changes.position";
    /** Which database the index was built from: a recreated database starts a new change log. */
    static final String SOURCE_KEY = "ocop.source";

    /**
     * Names, producers, places and groups are a few words long: without length norms "Mật ong bạc hà Gia Lâm" is not
     * less about mật ong than "Mát ong Tây Bắc" for being two words longer.
     */
    private static final FieldType SHORT_TEXT = shortText();
    /** Beginnings of words: whether a document has one is all that counts. */
    private static final FieldType PREFIXES = prefixes();

    private final VietnameseAnalyzers analyzers = new VietnameseAnalyzers();
    private final FacetsConfig facetsConfig = new FacetsConfig();
    /** Frozen: a frozen ICU collator is thread-safe. */
    private final Collator nameCollator = Collator.getInstance(new ULocale("vi")).freeze();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile String source = "";

    /**
     * Opens the index in the directory, or starts an empty one if it is missing, unreadable or of another format. The
     * directory must hold nothing but this index.
     */
    public ProductIndex(Directory directory) {
        IndexWriter opened = null;
        try {
            boolean usable = isUsable(directory);
            opened = openWriter(directory, usable);
            if (usable) {
                source = committed(opened, SOURCE_KEY, "");
            } else {
                opened.setLiveCommitData(commitData(0));
                opened.commit();
            }
            this.writer = opened;
            this.searchers = new SearcherManager(opened, null);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(opened, analyzers);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** False when the directory holds no index, an unreadable one, or one of another {@link #FORMAT_VERSION}. */
    public static boolean isUsable(Directory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return false;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return FORMAT_VERSION.equals(reader.getIndexCommit().getUserData().get(FORMAT_KEY));
            }
        } catch (IOException | RuntimeException e) {
            return false; // corrupt or from an incompatible Lucene: the caller rebuilds
        }
    }

    /** Adds the product or replaces its document. Visible after {@link #refresh()}. */
    public void upsert(SearchDocument product) {
        io(() -> writer.updateDocument(idTerm(product.productId()), toDocument(product)));
    }

    /** Visible after {@link #refresh()}. */
    public void delete(long productId) {
        io(() -> writer.deleteDocuments(idTerm(productId)));
    }

    /** Makes the changes so far durable, with the position in the change log that they reflect. */
    public void commit(long position) {
        io(() -> {
            writer.setLiveCommitData(commitData(position));
            writer.commit();
        });
    }

    /** The change-log position of the last commit: 0 for an index that never recorded one. */
    public long position() {
        return Long.parseLong(committed(writer, POSITION_KEY, "0"));
    }

    /** What the last rebuild named as the source of its products; empty if none did. */
    public String source() {
        return source;
    }

    private static String committed(IndexWriter writer, String key, String otherwise) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (key.equals(entry.getKey())) {
                    return entry.getValue();
                }
            }
        }
        return otherwise;
    }

    /** As of the last refresh. */
    public int size() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /** Makes changes visible to searches started from now on. */
    public void refresh() {
        io(searchers::maybeRefreshBlocking);
    }

    /**
     * Replaces the whole index, commits and refreshes. Searches see the old products until the new ones are all in. If
     * the stream fails, nothing is committed, but the next commit or refresh would show a partial index: rebuild again
     * first.
     */
    public void rebuild(Stream<SearchDocument> products) {
        rebuild(products, "", 0);
    }

    /** {@link #rebuild(Stream)}, recording where the products come from and the change-log position they reflect. */
    public void rebuild(Stream<SearchDocument> products, String source, long position) {
        io(() -> {
            writer.deleteAll();
            for (Iterator<SearchDocument> it = products.iterator(); it.hasNext(); ) {
                SearchDocument product = it.next();
                writer.updateDocument(idTerm(product.productId()), toDocument(product)); // a duplicate id replaces
            }
            this.source = source;
            writer.setLiveCommitData(commitData(position));
            writer.commit();
            searchers.maybeRefreshBlocking();
        });
    }

    /** As of the last refresh. */
    public boolean isEmpty() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs() == 0);
    }

    @Override
    public void close() {
        io(() -> IOUtils.close(searchers, writer, analyzers));
    }

    VietnameseAnalyzers analyzers() {
        return analyzers;
    }

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    /** Runs the work on a current searcher and releases it, whatever happens. */
    <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** How certificate numbers are indexed and looked up: composed, upper case, no spaces. */
    static String certificateKey(String number) {
        return VietnameseText.clean(number).replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private Iterable<Map.Entry<String, String>> commitData(long position) {
        return Map.of(FORMAT_KEY, FORMAT_VERSION, POSITION_KEY, Long.toString(position), SOURCE_KEY, source).entrySet();
    }

    private static Term idTerm(long productId) {
        return new Term(ID, Long.toString(productId));
    }

    /** An unusable index is replaced; one too damaged even for that is deleted first, unless another writer owns it. */
    private IndexWriter openWriter(Directory directory, boolean usable) throws IOException {
        try {
            return new IndexWriter(directory, writerConfig(usable ? OpenMode.CREATE_OR_APPEND : OpenMode.CREATE));
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (IOException e) {
            if (usable) {
                throw e;
            }
            for (String file : directory.listAll()) {
                if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    directory.deleteFile(file);
                }
            }
            return new IndexWriter(directory, writerConfig(OpenMode.CREATE));
        }
    }

    private IndexWriterConfig writerConfig(OpenMode mode) {
        Analyzer exact = analyzers.exact();
        Analyzer foldedPrefixes = analyzers.foldedPrefixes();
        Analyzer exactPrefixes = analyzers.exactPrefixes();
        Analyzer perField = new PerFieldAnalyzerWrapper(analyzers.folded(), Map.of(NAME_EXACT, exact, PRODUCER_EXACT, exact,
            NAME_PREFIX, foldedPrefixes, PRODUCER_PREFIX, foldedPrefixes, PLACE_PREFIX, foldedPrefixes,
            NAME_EXACT_PREFIX, exactPrefixes, PRODUCER_EXACT_PREFIX, exactPrefixes));
        return new IndexWriterConfig(perField).setOpenMode(mode);
    }

    private Document toDocument(SearchDocument p) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(p.productId()), Store.YES));
        doc.add(new NumericDocValuesField(ID, p.productId()));

        doc.add(new StoredField(NAME, p.name()));
        // Type-ahead reads labels from doc values: loading stored fields decompresses whole blocks of documents.
        doc.add(new SortedDocValuesField(NAME_LABEL, new BytesRef(p.name())));
        doc.add(new Field(NAME_FOLDED, p.name(), SHORT_TEXT));
        doc.add(new Field(NAME_EXACT, p.name(), SHORT_TEXT));
        doc.add(new Field(NAME_PREFIX, p.name(), PREFIXES));
        doc.add(new Field(NAME_EXACT_PREFIX, p.name(), PREFIXES));
        ICUCollationDocValuesField sortName = new ICUCollationDocValuesField(NAME_SORT, nameCollator);
        sortName.setStringValue(VietnameseText.clean(p.name()));
        doc.add(sortName);

        doc.add(new StoredField(PRODUCER, p.producerName()));
        doc.add(new SortedDocValuesField(PRODUCER_LABEL, new BytesRef(p.producerName())));
        doc.add(new Field(PRODUCER_FOLDED, p.producerName(), SHORT_TEXT));
        doc.add(new Field(PRODUCER_EXACT, p.producerName(), SHORT_TEXT));
        doc.add(new Field(PRODUCER_PREFIX, p.producerName(), PREFIXES));
        doc.add(new Field(PRODUCER_EXACT_PREFIX, p.producerName(), PREFIXES));

        doc.add(new StoredField(PROVINCE, p.province()));
        doc.add(new Field(PROVINCE_FOLDED, p.province(), SHORT_TEXT));
        String place = Stream.of(p.province(), p.district(), p.commune())
            .filter(Objects::nonNull).collect(Collectors.joining(", "));
        doc.add(new Field(PLACE_FOLDED, place, SHORT_TEXT));
        doc.add(new Field(PLACE_PREFIX, place, PREFIXES));
        // Both labels, so that "duoc lieu" finds products certified as "Thảo dược" under the 2019 criteria.
        doc.add(new Field(GROUP_FOLDED, p.groupLabel() + ", " + p.group().getOfficialLabel(), SHORT_TEXT));
        doc.add(new TextField(DESCRIPTION_FOLDED, p.description(), Store.NO));
        doc.add(new StoredField(DESCRIPTION, p.description()));
        doc.add(new StoredField(GROUP, p.group().getCode()));

        doc.add(new StringField(CERTIFICATE, certificateKey(p.certificateNumber()), Store.YES));
        // Suspension and revocation are events, indexed as a state; expiry follows from the date at query time.
        doc.add(new StringField(STATE, p.state().name(), Store.YES));
        doc.add(new NumericDocValuesField(STATE, p.state().ordinal())); // status counts read it per matching product
        long expiresOn = p.expiresOn().toEpochDay();
        doc.add(new LongPoint(EXPIRES_ON, expiresOn));
        doc.add(new NumericDocValuesField(EXPIRES_ON, expiresOn));
        doc.add(new StoredField(EXPIRES_ON, expiresOn));

        doc.add(new NumericDocValuesField(STARS, p.stars()));
        doc.add(new StoredField(STARS, p.stars()));
        doc.add(new NumericDocValuesField(DECISION_DATE, p.decisionDate().toEpochDay()));

        doc.add(new SortedSetDocValuesFacetField(SearchResult.STARS, Integer.toString(p.stars())));
        doc.add(new SortedSetDocValuesFacetField(SearchResult.GROUP, p.group().getCode()));
        doc.add(new SortedSetDocValuesFacetField(SearchResult.PROVINCE, p.province()));
        doc.add(new SortedSetDocValuesFacetField(SearchResult.PRODUCER_TYPE, p.producerType()));
        return facetsConfig.build(doc);
    }

    private static FieldType prefixes() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setOmitNorms(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.freeze();
        return type;
    }

    private static FieldType shortText() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }

    private static void io(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
