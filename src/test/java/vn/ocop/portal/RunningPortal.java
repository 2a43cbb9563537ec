package vn.ocop.portal;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The built portal (target/ocop-portal.jar) as a child process on a free loopback port, the way operators run it,
 * with its data folder and log in a work folder and a known admin password. {@link #start} returns once
 * {@code /health/ready} answers 200. For benchmarks and for tests that need whole instances.
 */
public final class RunningPortal implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "bench-admin-password";
    /**
     * HTTP/1.1, as wrk and browsers speak to a portal without TLS. With the client's default, an upgrade to HTTP/2 over
     * plain text, a 20,000-row import once lost its answer after 35 s ("EOF reached while reading").
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final Path log;
    private final String base;

    private RunningPortal(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.base = "http://127.0.0.1:" + port;
    }

    /** @param environment added to OCOP_PORT, OCOP_DATA_DIR (work/data) and OCOP_ADMIN_PASSWORD */
    public static RunningPortal start(Path jar, Path work, String maxHeap, Map<String, String> environment) throws Exception {
        int port = freePort();
        Path log = work.resolve("portal.log");
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx" + maxHeap, "-jar", jar.toString())
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("OCOP_PORT", Integer.toString(port));
        builder.environment().put("OCOP_DATA_DIR", work.resolve("data").toString());
        builder.environment().put("OCOP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().putAll(environment);
        RunningPortal portal = new RunningPortal(builder.start(), log, port);
        try {
            portal.waitUntilReady();
        } catch (Exception e) {
            portal.close();
            throw e;
        }
        return portal;
    }

    /** The jar that {@code mvn package} builds. */
    public static Path builtJar() {
        return Path.of("target/ocop-portal.jar").toAbsolutePath();
    }

    public String base() {
        return base;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a list to the admin import API and returns its JSON answer; anything but 200 is an error. */
    public String importList(Path list) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/imports/certified-products"))
            .header("Content-Type", "text/csv")
            .header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .timeout(Duration.ofMinutes(5))
            .POST(HttpRequest.BodyPublishers.ofFile(list)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("import of " + list + " answered " + response.statusCode() + ": "
                + response.body());
        }
        return response.body();
    }

    public long residentKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    private void waitUntilReady() throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the portal stopped; see " + log);
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
        throw new IllegalStateException("the portal was not ready within " + START_TIMEOUT.toMinutes() + " minutes; see "
            + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The folder, emptied or created. */
    public static Path freshFolder(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(folder);
    }
}
