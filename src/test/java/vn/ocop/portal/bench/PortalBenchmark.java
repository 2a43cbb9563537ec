package vn.ocop.portal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ocop.portal.RunningPortal;

/**
 * Starts the built portal (target/ocop-portal.jar) on an empty data folder and prints what issue 2 asks to measure:
 * cold start, resident memory before and after 20,000 anonymous page requests, the import of a generated 20,000-row
 * list, and product and catalogue page latency and throughput measured with wrk on loopback. Run with
 * {@code mvn -Pbench verify} ({@code -Dbench.only=portal} for this one alone). Not a test: figures are printed beside
 * their targets, not asserted.
 */
public final class PortalBenchmark {

    private static final int LIST_ROWS = 20_000;
    private final Figures figures;
    private final Path work;
    private final RunningPortal portal;

    private PortalBenchmark(Figures figures, Path work, RunningPortal portal) {
        this.figures = figures;
        this.work = work;
        this.portal = portal;
    }

    public static void main(String[] args) throws Exception {
        if (!Bench.selected("portal")) {
            return;
        }
        Path jar = Path.of(args.length > 0 ? args[0] : "target/ocop-portal.jar").toAbsolutePath();
        Path work = RunningPortal.freshFolder(Path.of("target/bench").toAbsolutePath());
        Figures figures = new Figures();
        long started = System.nanoTime();
        try (RunningPortal portal = RunningPortal.start(jar, work, "768m", Map.of())) {
            figures.put("cold start to ready (demo data loaded during start)", ms(System.nanoTime() - started)
                + " ms   target ≤ 20,000 ms");
            new PortalBenchmark(figures, work, portal).run();
        }
        figures.print("OCOP portal benchmark, loopback");
    }

    private void run() throws Exception {
        long rssStart = portal.residentKb();
        figures.put("resident memory after start", rssStart / 1024 + " MB");

        // Memory: 20,000 anonymous requests to warm up (heap grows to its working size), then 20,000 more. A portal that
        // keeps something per visitor (a session, a cache entry) grows in the second round; a flat one does not.
        Path pages = writePathsScript(productIds());
        Map<String, String> warm = wrk(pages, "40s", 20_000);
        long rssWarm = portal.residentKb();
        figures.put("anonymous page requests, round 1 (mixed pages)", describe(warm));
        figures.put("resident memory after round 1", rssWarm / 1024 + " MB (" + signed((rssWarm - rssStart) / 1024) + " MB)");
        Map<String, String> second = wrk(pages, "40s", 20_000);
        long rssAfter = portal.residentKb();
        figures.put("anonymous page requests, round 2", describe(second));
        figures.put("resident memory after round 2", rssAfter / 1024 + " MB (" + signed((rssAfter - rssWarm) / 1024)
            + " MB over round 2)   target: flat");

        Path list = GeneratedCatalogue.of(LIST_ROWS).writeCsv(work, LIST_ROWS).get(0);
        long importStart = System.nanoTime();
        String answer = portal.importList(list);
        long importMs = ms(System.nanoTime() - importStart);
        figures.put("import of 20,000 generated rows", importMs + " ms (" + (LIST_ROWS * 1000L / Math.max(importMs, 1))
            + " rows/s) " + Bench.describeImport(answer) + "   target ≤ 30,000 ms");
        long againStart = System.nanoTime();
        String again = portal.importList(list);
        figures.put("same file again (idempotent)", ms(System.nanoTime() - againStart) + " ms " + Bench.describeImport(again));

        List<Long> allIds = productIds();
        Map<String, String> product = wrk(writeScript("product.lua", allIds.stream().map(id -> "/product/" + id).toList()), "10s", 1_000);
        figures.put("product page", describe(product) + "   target p99 ≤ 50 ms, ≥ 400 pages/s");
        List<String> cataloguePaths = new ArrayList<>();
        for (int page = 1; page <= 40; page++) {
            cataloguePaths.add("/catalogue?page=" + page);
            cataloguePaths.add("/catalogue?stars=" + (3 + page % 3) + "&page=" + (1 + page % 5));
            cataloguePaths.add("/catalogue?status=any&sort=newest&page=" + page);
        }
        Map<String, String> catalogue = wrk(writeScript("catalogue.lua", cataloguePaths), "10s", 1_000);
        figures.put("catalogue page", describe(catalogue));
        figures.put("resident memory at the end", portal.residentKb() / 1024 + " MB");
    }

    private List<Long> productIds() throws IOException, InterruptedException {
        List<Long> ids = new ArrayList<>();
        for (int page = 0; page < 50; page++) {
            Matcher m = Pattern.compile("\"id\":(\\d+),\"url\"").matcher(portal.get("/api/v1/products?status=any&size=100&page=" + page).body());
            int before = ids.size();
            while (m.find()) {
                ids.add(Long.parseLong(m.group(1)));
            }
            if (ids.size() == before) {
                break;
            }
        }
        return ids;
    }

    private Path writePathsScript(List<Long> productIds) throws IOException {
        List<String> paths = new ArrayList<>(List.of("/", "/catalogue", "/catalogue?stars=4", "/catalogue?page=2"));
        productIds.forEach(id -> paths.add("/product/" + id));
        return writeScript("mixed.lua", paths);
    }

    /** A wrk script that cycles through the paths, so that the load is spread over many pages. */
    private Path writeScript(String name, List<String> paths) throws IOException {
        StringBuilder lua = new StringBuilder("paths = {\n");
        paths.forEach(p -> lua.append("  \"").append(p).append("\",\n"));
        lua.append("}\ni = 0\nrequest = function()\n  i = i % #paths + 1\n  return wrk.format(\"GET\", paths[i])\nend\n");
        Path script = work.resolve(name);
        Files.writeString(script, lua);
        return script;
    }

    private Map<String, String> wrk(Path script, String duration, long atLeast) throws Exception {
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c8", "-d" + duration, "--latency", "-s", script.toString(),
                portal.base())
            .redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        Files.writeString(work.resolve(script.getFileName() + ".out"), out);
        Map<String, String> result = new LinkedHashMap<>();
        result.put("p50", Bench.find(out, "\\s50%\\s+(\\S+)"));
        result.put("p99", Bench.find(out, "\\s99%\\s+(\\S+)"));
        result.put("rps", Bench.find(out, "Requests/sec:\\s+(\\S+)"));
        result.put("requests", Bench.find(out, "(\\d+) requests in"));
        result.put("errors", out.contains("Non-2xx") ? Bench.find(out, "Non-2xx or 3xx responses: (\\d+)") : "0");
        if (Long.parseLong(result.get("requests")) < atLeast) {
            result.put("requests", result.get("requests") + " (fewer than " + atLeast + ")");
        }
        return result;
    }

    private static String describe(Map<String, String> wrk) {
        return "p50 " + wrk.get("p50") + ", p99 " + wrk.get("p99") + ", " + wrk.get("rps") + " req/s over "
            + wrk.get("requests") + " requests, non-2xx " + wrk.get("errors");
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static String signed(long value) {
        return value >= 0 ? "+" + value : Long.toString(value);
    }
}
