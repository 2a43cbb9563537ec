package vn.ocop.portal.search.boundary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import vn.ocop.portal.platform.control.PortalSettings;
import vn.ocop.portal.platform.entity.BusinessException;
import vn.ocop.portal.search.control.ProductIndex;
import vn.ocop.portal.search.control.ProductSearch;
import vn.ocop.portal.search.control.ProductSearcher;
import vn.ocop.portal.search.control.SearchDocument;
import vn.ocop.portal.search.control.SearchResult;
import vn.ocop.portal.search.control.Suggestion;

/**
 * The one product index of this instance, under the data folder: a single writer, searched through a
 * {@code SearcherManager}. The database is the truth; the index follows it through the change log
 * ({@link IndexFollower}) and is rebuilt from it when it is missing, unreadable, of an older format, or behind a log
 * that has since been pruned.
 */
@ApplicationScoped
public class CatalogueIndex {

    private static final Logger LOG = Logger.getLogger(CatalogueIndex.class.getName());
    private static final int REBUILD_PAGE = 2_000;
    /**
     * Longer than any transaction that writes the change log may run: a change recorded earlier than this has
     * committed or rolled back. Imports of 100,000 rows take about a minute.
     */
    static final long SETTLE_MILLIS = 15 * 60 * 1000L;
    private static final int SUGGESTIONS_KEPT = 5_000;

    @Inject
    ProductDocuments documents;

    @Inject
    SearchChanges changes;

    @Resource
    ManagedExecutorService executor;

    /** Serialises writers: the follower's updates and rebuilds. Searches never wait for it. */
    private final ReentrantLock writing = new ReentrantLock();
    private final AtomicReference<RebuildProgress> progress = new AtomicReference<>(RebuildProgress.idle());
    /** Bumped by each rebuild, so that the follower restarts from the rebuilt index's position. */
    private final AtomicLong generation = new AtomicLong();
    private volatile ProductIndex index;
    private volatile ProductSearcher searcher;
    private volatile boolean ready;
    private final Map<String, List<Suggestion>> suggestions = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Suggestion>> eldest) {
            return size() > SUGGESTIONS_KEPT;
        }
    });
    private Directory directory;
    /** The database's identity, recorded by each rebuild. */
    private String database;

    /** Opens the index, rebuilding it first when it cannot be trusted. Called once, at start-up. */
    public void open() {
        Path folder = PortalSettings.dataDir().resolve("search").resolve("products");
        try {
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("The search index folder " + folder + " cannot be opened", e);
        }
        boolean usable = ProductIndex.isUsable(directory);
        ProductIndex opened = new ProductIndex(directory);
        index = opened;
        searcher = new ProductSearcher(opened);
        database = changes.databaseIdentity();
        String problem = !usable ? "is missing, unreadable or of an older format"
            : !database.equals(opened.source()) ? "was built from another database"
            : opened.position() < changes.oldest() - 1 ? "is behind the pruned change log" : null;
        if (problem != null) {
            LOG.info(() -> "Search index at " + folder + " " + problem + ": rebuilding it from the database");
            rebuild();
        }
        ready = true;
        LOG.info(() -> "Search index ready: " + opened.size() + " products, change log position " + opened.position());
    }

    /** True once {@link #open()} has opened the index, and rebuilt it if it had to. */
    public boolean isReady() {
        return ready;
    }

    /** Never throws on what a visitor typed; an index not yet open finds nothing. */
    public SearchResult search(ProductSearch search) {
        return requireSearcher().search(search);
    }

    /**
     * Type-ahead answers are kept until the index next changes: visitors type the same first letters ("ma", "mat",
     * "che") again and again, and each keystroke is a request.
     */
    public List<Suggestion> suggest(String prefix, int max) {
        String key = max + "\n" + Normalizer.normalize(prefix.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<Suggestion> kept = suggestions.get(key);
        if (kept == null) {
            kept = requireSearcher().suggest(prefix, max);
            suggestions.put(key, kept);
        }
        return kept;
    }

    /** The products of producers whose name starts so, best first; see {@link ProductSearcher#productsOfProducersNamed}. */
    public List<Long> productsOfProducersNamed(String typed, int max) {
        return requireSearcher().productsOfProducersNamed(typed, max);
    }

    /** How many products the index holds, as of its last refresh. */
    public int size() {
        return index == null ? 0 : index.size();
    }

    public long position() {
        return index == null ? 0 : index.position();
    }

    long generation() {
        return generation.get();
    }

    /**
     * Re-reads these products from the database and replaces their documents (removing those no longer in the
     * catalogue), then commits with the log position they bring the index to. Idempotent.
     */
    void apply(Collection<Long> productIds, long position, long expectedGeneration) {
        writing.lock();
        try {
            if (expectedGeneration != generation.get() || progress.get().getState() == RebuildProgress.State.FAILED) {
                // A rebuild ran meanwhile: the follower starts again from its position. Or a rebuild failed half-way:
                // committing now would publish a partial index, so the old one stays until a rebuild succeeds.
                return;
            }
            Set<Long> missing = new HashSet<>(productIds);
            for (SearchDocument document : documents.withIds(productIds)) {
                index.upsert(document);
                missing.remove(document.productId());
            }
            missing.forEach(index::delete);
            if (!productIds.isEmpty() || position != index.position()) {
                index.commit(position);
                index.refresh();
                suggestions.clear();
            }
        } finally {
            writing.unlock();
        }
    }

    /** Starts a rebuild on a managed thread, unless one is running. Searches keep the old index meanwhile. */
    public RebuildProgress startRebuild() {
        if (!writing.tryLock()) {
            if (progress.get().isRunning()) {
                return progress.get();
            }
            throw new BusinessException("The index is being updated; try again in a moment.");
        }
        try {
            progress.set(RebuildProgress.started(documents.count()));
        } finally {
            writing.unlock();
        }
        executor.execute(this::rebuild);
        return progress.get();
    }

    public RebuildProgress progress() {
        return progress.get();
    }

    /** Reads the whole catalogue a page at a time and swaps the index's content in one commit. */
    private void rebuild() {
        writing.lock();
        try {
            if (!progress.get().isRunning()) {
                progress.set(RebuildProgress.started(documents.count()));
            }
            // Changes recorded from here on, or still in flight, are applied again after the rebuild: harmless.
            long position = changes.settledPosition(System.currentTimeMillis() - SETTLE_MILLIS);
            AtomicLong done = new AtomicLong();
            Stream<SearchDocument> all = Stream.iterate(documents.after(0, REBUILD_PAGE), page -> !page.isEmpty(),
                    page -> documents.after(page.get(page.size() - 1).productId(), REBUILD_PAGE))
                .peek(page -> progress.set(progress.get().advancedTo(done.addAndGet(page.size()))))
                .flatMap(List::stream);
            index.rebuild(all, database, position);
            suggestions.clear();
            generation.incrementAndGet();
            progress.set(progress.get().finished());
            LOG.info(() -> "Search index rebuilt: " + done.get() + " products");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Rebuilding the search index failed", e);
            progress.set(progress.get().failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } finally {
            writing.unlock();
        }
    }

    private ProductSearcher requireSearcher() {
        ProductSearcher current = searcher;
        if (current == null) {
            throw new IllegalStateException("The search index is not open yet");
        }
        return current;
    }

    @PreDestroy
    void close() {
        writing.lock();
        try {
            if (index != null) {
                index.close();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Closing the search index failed", e);
        } finally {
            writing.unlock();
        }
    }
}
