package vn.ocop.portal;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The built portal (target/ocop-portal.jar) run as its own process, the way an operator runs it: configured by
 * environment variables, on a free port, logging to a file. For tests and benchmarks that need whole instances.
 */
public final class PortalProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path jar;
    private final Path log;
    private final List<String> jvmOptions;
    private final Map<String, String> environment;
    private final int port;
    private Process process;

    /** @param environment OCOP_* variables; OCOP_PORT is chosen here */
    public PortalProcess(Path jar, Path log, List<String> jvmOptions, Map<String, String> environment) throws IOException {
        this.jar = jar.toAbsolutePath();
        this.log = log.toAbsolutePath();
        this.jvmOptions = List.copyOf(jvmOptions);
        this.environment = Map.copyOf(environment);
        this.port = freePort();
    }

    /** The jar that {@code mvn package} builds. */
    public static Path builtJar() {
        return Path.of("target/ocop-portal.jar").toAbsolutePath();
    }

    /** Starts the process and returns once {@code /health/ready} answers 200. */
    public PortalProcess start(Duration timeout) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("OCOP_PORT", Integer.toString(port));
        process = builder.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the portal stopped during start-up; see " + log);
            }
            try {
                if (get("/health/ready").statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the portal was not ready within " + timeout + "; see " + log);
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Stops the process (as SIGTERM would) and waits for it. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
