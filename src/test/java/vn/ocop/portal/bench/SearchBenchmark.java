package vn.ocop.portal.bench;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.ocop.portal.RunningPortal;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import vn.ocop.portal.bench.QueryMix.BenchQuery;
import vn.ocop.portal.bench.QueryMix.Shape;
import vn.ocop.portal.catalogue.entity.StatusFilter;
import vn.ocop.portal.search.control.ProductIndex;
import vn.ocop.portal.search.control.ProductSearch;
import vn.ocop.portal.search.control.ProductSearcher;
import vn.ocop.portal.search.control.SearchDocument;
import vn.ocop.portal.search.control.SearchResult;

/**
 * Prints what issue 3 asks of search, beside its targets, for a generated catalogue of 100,000 products: the Lucene
 * index built in this JVM (build time, size, search and type-ahead latency), the same searches as MySQL {@code LIKE}
 * and FULLTEXT on the same products, and the built portal answering them over HTTP on loopback after importing the
 * products through its API. Searches run one at a time after a warm-up. Run with
 * {@code mvn -Pbench verify -Dbench.only=search}; {@code -Dbench.products=N} for another catalogue size. Not a test:
 * figures are printed, not asserted.
 */
public final class SearchBenchmark {

    private static final int PRODUCTS = Integer.getInteger("bench.products", 100_000);
    private static final int QUERIES = 1_000;
    /** The import API refuses files over 20 MB; 20,000 rows make about 8 MB. */
    private static final int ROWS_PER_FILE = 20_000;
    private static final int SUGGESTIONS = 10;
    /**
     * Queries run before measuring, drawn with another seed: the JIT compiles the search path and the portal settles
     * after its imports, without the measured queries having been asked before.
     */
    private static final int WARM_UP = 2_000;
    private static final Duration INDEX_CATCH_UP = Duration.ofMinutes(5);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    /** Searches whose hit counts are compared between Lucene and SQL: why the portal does not search in SQL. */
    private static final List<String> COUNTED = List.of("mat ong", "Mật ong", "mat ongg", "ruou do muong dinh",
        "nuoc mam phu quoc", "che shan tuyet", "do go my nghe", "dak lak");

    private final Figures figures = new Figures();
    private final Path work;
    private final GeneratedCatalogue catalogue;
    private final QueryMix mix;
    private final QueryMix warmUp;

    private SearchBenchmark(Path work, GeneratedCatalogue catalogue, QueryMix mix) {
        this.work = work;
        this.catalogue = catalogue;
        this.mix = mix;
        this.warmUp = QueryMix.of(catalogue, WARM_UP, 11);
    }

    public static void main(String[] args) throws Exception {
        if (!Bench.selected("search")) {
            return;
        }
        Path jar = Path.of(args.length > 0 ? args[0] : "target/ocop-portal.jar").toAbsolutePath();
        Path work = RunningPortal.freshFolder(Path.of("target/bench-search").toAbsolutePath());
        GeneratedCatalogue catalogue = GeneratedCatalogue.of(PRODUCTS);
        QueryMix mix = QueryMix.of(catalogue, QUERIES);
        step("generated " + catalogue.size() + " products; the query mix, by shape:\n      " + mix.examples(4));
        SearchBenchmark bench = new SearchBenchmark(work, catalogue, mix);
        try {
            Latencies lucene = bench.inProcess();
            bench.sql(lucene);
            bench.overHttp(jar);
        } finally {
            // What was measured before a failure still counts.
            bench.figures.print(String.format("OCOP search benchmark: %,d products, %,d mixed queries", PRODUCTS, QUERIES));
        }
    }

    /** @return the latency of the searches, to compare SQL with */
    private Latencies inProcess() throws Exception {
        List<SearchDocument> documents = catalogue.searchDocuments().toList();
        Path folder = RunningPortal.freshFolder(work.resolve("index"));
        step("building the Lucene index in " + folder);
        long start = System.nanoTime();
        try (Directory directory = FSDirectory.open(folder); ProductIndex index = new ProductIndex(directory)) {
            index.rebuild(documents.stream());
            long buildMs = (System.nanoTime() - start) / 1_000_000;
            figures.put("in-process: index build (ProductIndex.rebuild)", String.format("%,d ms, %,d products/s   "
                + "target ≤ 60,000 ms", buildMs, documents.size() * 1000L / Math.max(1, buildMs)));
            figures.put("in-process: index size on disk", megabytes(Bench.sizeOnDisk(folder)));

            ProductSearcher searcher = new ProductSearcher(index);
            Latencies.Call<BenchQuery> search = q -> searcher.search(q.toSearch(TODAY));
            Latencies.Call<String> suggest = prefix -> searcher.suggest(prefix, SUGGESTIONS);
            step("searching in-process");
            for (int round = 0; round < 2; round++) {
                Latencies.warmUp(warmUp.queries(), search);
                Latencies.warmUp(warmUp.prefixes(), suggest);
            }
            Latencies searches = Latencies.measure(mix.queries(), search);
            figures.put("in-process: search, the mix", searches.describe() + "   target p99 ≤ 10 ms");
            for (Shape shape : Shape.values()) {
                figures.put("  " + shape.name().toLowerCase(Locale.ROOT),
                    Latencies.measure(mix.queries(shape), search).describe());
            }
            figures.put("in-process: suggest, " + SUGGESTIONS + " per prefix", Latencies.measure(mix.prefixes(), suggest)
                .describe());
            for (String text : COUNTED) {
                SearchResult found = searcher.search(ProductSearch.on(TODAY).text(text).status(StatusFilter.ANY).build());
                figures.put("finds \"" + text + "\"", String.format("Lucene %,d%s", found.getTotal(),
                    found.isPartialMatch() ? " (all words but one)" : ""));
            }
            return searches;
        }
    }

    /** LIKE and FULLTEXT on MariaDB or MySQL, if one answers; its hit counts join the in-process ones. */
    private void sql(Latencies lucene) throws Exception {
        SqlBaseline sql;
        try {
            sql = SqlBaseline.connect();
        } catch (SQLException unreachable) {
            figures.put("SQL", "skipped, no database at " + SqlBaseline.URL + ": " + unreachable.getMessage());
            return;
        }
        try (sql) {
            step("loading " + catalogue.size() + " products into ocop_bench");
            long start = System.nanoTime();
            sql.load(catalogue);
            figures.put("SQL: server", sql.serverVersion() + ", table collation " + SqlBaseline.COLLATION);
            figures.put("SQL: batch insert", String.format("%,d ms", (System.nanoTime() - start) / 1_000_000));
            start = System.nanoTime();
            SqlBaseline.FulltextIndex fulltext = sql.addFulltextIndex();
            figures.put("SQL: FULLTEXT index", String.format("%,d ms; %s", (System.nanoTime() - start) / 1_000_000,
                fulltext.description()));
            if (!fulltext.ngram()) {
                int minToken = sql.minTokenSize();
                long shortWords = mix.queries().stream().filter(q -> hasWordShorterThan(q.text(), minToken)).count();
                figures.put("SQL: innodb_ft_min_token_size", String.format("%d: shorter words (đồ, ba, lá, hà) are not "
                    + "indexed, so %,d of the %,d searches require a word FULLTEXT cannot find", minToken, shortWords,
                    QUERIES));
            }

            step("timing LIKE and FULLTEXT");
            Latencies like = timed(sql::timeLike);
            figures.put("SQL: LIKE '%word%', top 20 by name", like.describe());
            figures.put("  LIKE compared with Lucene in-process", ratios(like, lucene));
            Latencies match = timed(sql::timeFulltext);
            figures.put("SQL: FULLTEXT, top 20 by relevance", match.describe());
            figures.put("  FULLTEXT compared with Lucene in-process", ratios(match, lucene));
            figures.put("SQL: what it searches", "every word in name, producer, province or certificate number; Lucene "
                + "also searches district, commune, group and description");
            for (String text : COUNTED) {
                BenchQuery q = new BenchQuery(Shape.COMMON, text, null, null, null);
                figures.append("finds \"" + text + "\"", String.format(
                    ", LIKE %,d (%s) / %,d (utf8mb4_unicode_ci) / %,d (utf8mb4_bin), FULLTEXT %,d",
                    sql.countLike(q, null), SqlBaseline.COLLATION, sql.countLike(q, "utf8mb4_unicode_ci"),
                    sql.countLike(q, "utf8mb4_bin"), sql.countFulltext(q)));
            }
        }
    }

    /** A tenth of the mix as warm-up: a LIKE search reads the whole table, and the mix takes minutes already. */
    private Latencies timed(Timing timing) throws Exception {
        timing.time(mix.queries().subList(0, QUERIES / 10));
        return timing.time(mix.queries());
    }

    @FunctionalInterface
    private interface Timing {
        Latencies time(List<BenchQuery> queries) throws Exception;
    }

    private void overHttp(Path jar) throws Exception {
        Path folder = RunningPortal.freshFolder(work.resolve("portal"));
        List<Path> files = catalogue.writeCsv(folder, ROWS_PER_FILE);
        step("starting the portal with no demo data, then importing " + files.size() + " files");
        try (RunningPortal portal = RunningPortal.start(jar, folder, "1g", Map.of("OCOP_DEMO_DATA", "false"))) {
            long start = System.nanoTime();
            StringBuilder answers = new StringBuilder();
            for (Path file : files) {
                long fileStart = System.nanoTime();
                String answer = Bench.describeImport(portal.importList(file));
                answers.append(String.format("%n      %s: %,d ms, %s", file.getFileName(),
                    (System.nanoTime() - fileStart) / 1_000_000, answer));
            }
            long importMs = (System.nanoTime() - start) / 1_000_000;
            figures.put(String.format("HTTP: import of %,d rows in %d files", catalogue.size(), files.size()),
                String.format("%,d ms, %,d rows/s%s", importMs, catalogue.size() * 1000L / Math.max(1, importMs), answers));
            start = System.nanoTime();
            awaitIndex(portal);
            figures.put("HTTP: index caught up with the database", String.format("%,d ms after the last import",
                (System.nanoTime() - start) / 1_000_000));

            step("searching over HTTP");
            Latencies.Call<BenchQuery> search = q -> ok(portal.get(q.apiPath()));
            Latencies.warmUp(warmUp.queries(), search);
            figures.put("HTTP: GET /api/v1/products?q=…&status=any", Latencies.measure(mix.queries(), search).describe()
                + "   target p99 ≤ 30 ms");

            Latencies.Call<String> suggest = prefix -> ok(portal.get("/api/v1/suggest?q=" + encode(prefix)));
            int probe = portal.get("/api/v1/suggest?q=ma").statusCode();
            if (probe == 200) {
                Latencies.warmUp(warmUp.prefixes(), suggest);
                figures.put("HTTP: GET /api/v1/suggest?q=…", Latencies.measure(mix.prefixes(), suggest).describe()
                    + "   target p99 ≤ 10 ms");
            } else {
                figures.put("HTTP: GET /api/v1/suggest?q=…", "not measured: this build answers " + probe);
            }
            figures.put("HTTP: portal resident memory at the end", portal.residentKb() / 1024 + " MB");
        }
    }

    /** The index follows the database through an outbox: its total reaches the product count within seconds. */
    private void awaitIndex(RunningPortal portal) throws Exception {
        long deadline = System.nanoTime() + INDEX_CATCH_UP.toNanos();
        String total = "?";
        while (System.nanoTime() < deadline) {
            total = Bench.find(ok(portal.get("/api/v1/products?status=any&size=1")), "\"total\":(\\d+)");
            if (total.equals(Integer.toString(catalogue.size()))) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the portal counted " + total + " products after " + INDEX_CATCH_UP.toMinutes()
            + " minutes, not " + catalogue.size());
    }

    private static String ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                + response.body());
        }
        return response.body();
    }

    private static String ratios(Latencies sql, Latencies lucene) {
        return "p50 is " + times(sql.p50Ms() / lucene.p50Ms()) + " Lucene's, p99 " + times(sql.p99Ms() / lucene.p99Ms());
    }

    private static String times(double ratio) {
        return String.format(ratio < 10 ? "%.1fx" : "%,.0fx", ratio);
    }

    private static boolean hasWordShorterThan(String text, int length) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).anyMatch(w -> !w.isEmpty() && w.length() < length);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB (%,d bytes)", bytes / 1024.0 / 1024.0, bytes);
    }

    private static void step(String what) {
        System.out.println("[search benchmark] " + what);
    }
}
