package vn.ocop.portal.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the built portal (target/ocop-portal.jar) on an empty data folder and prints what issue 2 asks to measure:
 * cold start, resident memory before and after 20,000 anonymous page requests, the import of a generated 20,000-row
 * list, and product and catalogue page latency and throughput measured with wrk on loopback. Run with
 * {@code mvn -Pbench verify}. Not a test: figures are printed beside their targets, not asserted.
 */
public final class PortalBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PASSWORD = "bench-admin-password";
    private final Map<String, String> figures = new LinkedHashMap<>();
    private final Path work;
    private final String base;
    private final int port;
    private Process portal;

    private PortalBenchmark(Path work, int port) {
        this.work = work;
        this.port = port;
        this.base = "http://127.0.0.1:" + port;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/ocop-portal.jar").toAbsolutePath();
        Path work = Path.of("target/bench").toAbsolutePath();
        deleteTree(work);
        Files.createDirectories(work);
        PortalBenchmark bench = new PortalBenchmark(work, freePort());
        try {
            bench.run(jar);
        } finally {
            bench.stop();
        }
        bench.print();
    }

    private void run(Path jar) throws Exception {
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx768m", "-jar", jar.toString())
            .redirectErrorStream(true).redirectOutput(work.resolve("portal.log").toFile());
        builder.environment().put("OCOP_PORT", Integer.toString(port));
        builder.environment().put("OCOP_DATA_DIR", work.resolve("data").toString());
        builder.environment().put("OCOP_ADMIN_PASSWORD", PASSWORD);
        portal = builder.start();
        waitUntilReady();
        figures.put("cold start to ready (demo data loaded during start)", ms(System.nanoTime() - started) + "   target ≤ 20,000 ms");
        long rssStart = residentKb();
        figures.put("resident memory after start", rssStart / 1024 + " MB");

        // Memory: 20,000 anonymous requests to warm up (heap grows to its working size), then 20,000 more. A portal that
        // keeps something per visitor (a session, a cache entry) grows in the second round; a flat one does not.
        Path pages = writePathsScript(productIds());
        Map<String, String> warm = wrk(pages, "40s", 20_000);
        long rssWarm = residentKb();
        figures.put("anonymous page requests, round 1 (mixed pages)", describe(warm));
        figures.put("resident memory after round 1", rssWarm / 1024 + " MB (" + signed((rssWarm - rssStart) / 1024) + " MB)");
        Map<String, String> second = wrk(pages, "40s", 20_000);
        long rssAfter = residentKb();
        figures.put("anonymous page requests, round 2", describe(second));
        figures.put("resident memory after round 2", rssAfter / 1024 + " MB (" + signed((rssAfter - rssWarm) / 1024)
            + " MB over round 2)   target: flat");

        Path list = generateList(20_000);
        long importStart = System.nanoTime();
        String answer = importList(list);
        long importMs = ms(System.nanoTime() - importStart);
        figures.put("import of 20,000 generated rows", importMs + " ms (" + (20_000L * 1000 / Math.max(importMs, 1))
            + " rows/s) " + counts(answer) + "   target ≤ 30,000 ms");
        long againStart = System.nanoTime();
        String again = importList(list);
        figures.put("same file again (idempotent)", ms(System.nanoTime() - againStart) + " ms " + counts(again));

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
        figures.put("resident memory at the end", residentKb() / 1024 + " MB");
    }

    private void waitUntilReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!portal.isAlive()) {
                throw new IllegalStateException("the portal stopped; see " + work.resolve("portal.log"));
            }
            try {
                if (get("/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the portal was not ready within 3 minutes");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<Long> productIds() throws IOException, InterruptedException {
        List<Long> ids = new ArrayList<>();
        for (int page = 0; page < 50; page++) {
            Matcher m = Pattern.compile("\"id\":(\\d+),\"url\"").matcher(get("/api/v1/products?status=any&size=100&page=" + page).body());
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
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c8", "-d" + duration, "--latency", "-s", script.toString(), base)
            .redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        Files.writeString(work.resolve(script.getFileName() + ".out"), out);
        Map<String, String> result = new LinkedHashMap<>();
        result.put("p50", find(out, "\\s50%\\s+(\\S+)"));
        result.put("p99", find(out, "\\s99%\\s+(\\S+)"));
        result.put("rps", find(out, "Requests/sec:\\s+(\\S+)"));
        result.put("requests", find(out, "(\\d+) requests in"));
        result.put("errors", out.contains("Non-2xx") ? find(out, "Non-2xx or 3xx responses: (\\d+)") : "0");
        if (Long.parseLong(result.get("requests")) < atLeast) {
            result.put("requests", result.get("requests") + " (fewer than " + atLeast + ")");
        }
        return result;
    }

    private static String describe(Map<String, String> wrk) {
        return "p50 " + wrk.get("p50") + ", p99 " + wrk.get("p99") + ", " + wrk.get("rps") + " req/s over "
            + wrk.get("requests") + " requests, non-2xx " + wrk.get("errors");
    }

    /** A list in the provinces' format whose names recombine real product words, places and producers. */
    private Path generateList(int rows) throws IOException {
        List<String[]> sample = new ArrayList<>();
        try (InputStream in = PortalBenchmark.class.getClassLoader().getResourceAsStream("demo/ocop-certified-products.sample.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
                if (f.length >= 16) {
                    sample.add(f);
                }
            }
        }
        Random random = new Random(42);
        StringBuilder csv = new StringBuilder("certificate_number,product_name,product_group,stars,score,producer_name,"
            + "producer_type,province,district,commune,decision_number,decision_date,issuing_level,issuing_authority,price_vnd,description\n");
        for (int n = 1; n <= rows; n++) {
            String[] product = sample.get(random.nextInt(sample.size()));
            String[] place = sample.get(random.nextInt(sample.size()));
            int stars = 3 + (random.nextInt(100) < 76 ? 0 : random.nextInt(100) < 96 ? 1 : 2);
            int score = switch (stars) {
                case 3 -> 50 + random.nextInt(20);
                case 4 -> 70 + random.nextInt(20);
                default -> 90 + random.nextInt(11);
            };
            LocalDate decided = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(5 * 365));
            String productWord = product[1].split(" ")[0] + " " + product[1].split(" ")[1];
            csv.append(String.join(",", String.format("OCOP-BENCH-%06d", n), productWord + " " + place[9] + " " + n,
                product[2], Integer.toString(stars), Integer.toString(score), place[5] + " " + (n % 4000), place[6],
                place[7], place[8], place[9], (100 + n % 900) + "/QĐ-UBND",
                String.format("%02d/%02d/%d", decided.getDayOfMonth(), decided.getMonthValue(), decided.getYear()),
                place[12], place[13], Integer.toString(50_000 + random.nextInt(400) * 1000), "\"Sản phẩm thử tải\""))
                .append('\n');
        }
        Path file = work.resolve("list-20000.csv");
        Files.writeString(file, csv);
        return file;
    }

    private String importList(Path list) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/imports/certified-products"))
            .header("Content-Type", "text/csv")
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .timeout(Duration.ofMinutes(5))
            .POST(HttpRequest.BodyPublishers.ofFile(list)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("import answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String counts(String answer) {
        return "imported " + find(answer, "\"imported\":(\\d+)") + ", updated " + find(answer, "\"updated\":(\\d+)")
            + ", unchanged " + find(answer, "\"unchanged\":(\\d+)") + ", rejected "
            + (answer.contains("\"rejected\":[]") ? "0" : "some (see target/bench)");
    }

    private long residentKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(portal.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private void stop() throws InterruptedException {
        if (portal != null && portal.isAlive()) {
            portal.destroy();
            portal.waitFor();
        }
    }

    private void print() {
        System.out.println();
        System.out.println("OCOP portal benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, loopback)");
        figures.forEach((what, figure) -> System.out.printf("  %-55s %s%n", what, figure));
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : "?";
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static String signed(long value) {
        return value >= 0 ? "+" + value : Long.toString(value);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
