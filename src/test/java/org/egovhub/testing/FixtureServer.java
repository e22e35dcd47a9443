package org.egovhub.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A real HTTP server on loopback for tests: serves the recorded pages under
 * {@code ../shared/fixtures} (path {@code /fixtures/...}), files from the test classpath
 * ({@code /classpath/...}), and scripted answers registered with {@link #respond}. Records every
 * request so a test can assert what the hub asked for. Never reaches the internet.
 */
public final class FixtureServer implements AutoCloseable {

    /** A scripted answer. */
    public record Reply(int status, Map<String, String> headers, byte[] body, Duration delay) {

        public static Reply ok(String contentType, byte[] body) {
            return new Reply(200, Map.of("Content-Type", contentType), body, Duration.ZERO);
        }

        public static Reply status(int status) {
            return new Reply(status, Map.of(), new byte[0], Duration.ZERO);
        }

        public Reply delayed(Duration delay) {
            return new Reply(status, headers, body, delay);
        }
    }

    /** A request the server received. */
    public record Request(String method, String path, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final Map<String, Function<Request, Reply>> scripted = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger bytesSent = new AtomicInteger();

    private FixtureServer(HttpServer server) {
        this.server = server;
    }

    /** Starts a server on a free loopback port. */
    public static FixtureServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            FixtureServer fixtures = new FixtureServer(http);
            http.createContext("/", fixtures::handle);
            http.setExecutor(Executors.newFixedThreadPool(8));
            http.start();
            return fixtures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder holding the shared recorded fixtures. */
    public static Path fixturesDir() {
        return Path.of(System.getProperty("egovhub.fixtures.dir", "../shared/fixtures"));
    }

    /** Reads a shared fixture, e.g. {@code upstream/govcn/govcn_gongbao_2007-23_detail.html}. */
    public static byte[] fixture(String relativePath) {
        try {
            return Files.readAllBytes(fixturesDir().resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String url(String path) {
        return baseUrl() + (path.startsWith("/") ? path : "/" + path);
    }

    /** Answers requests to {@code path} (exact, query ignored) with what {@code reply} returns. */
    public void respond(String path, Function<Request, Reply> reply) {
        scripted.put(path, reply);
    }

    public void respond(String path, Reply reply) {
        respond(path, request -> reply);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    public int bytesSent() {
        return bytesSent.get();
    }

    public void reset() {
        scripted.clear();
        requests.clear();
        bytesSent.set(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] requestBody;
            try (InputStream in = exchange.getRequestBody()) {
                requestBody = in.readAllBytes();
            }
            String path = exchange.getRequestURI().getPath();
            Request request = new Request(exchange.getRequestMethod(), path,
                    Map.copyOf(exchange.getRequestHeaders()), requestBody);
            requests.add(request);
            Reply reply = replyFor(request);
            if (!reply.delay().isZero()) {
                // The slow upstream itself: the server holds the answer back, as a real one would.
                try {
                    Thread.sleep(reply.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            int length = reply.body().length;
            exchange.sendResponseHeaders(reply.status(), length == 0 ? -1 : length);
            if (length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
            bytesSent.addAndGet(length);
        }
    }

    private Reply replyFor(Request request) throws IOException {
        Function<Request, Reply> script = scripted.get(request.path());
        if (script != null) {
            return script.apply(request);
        }
        if (request.path().startsWith("/fixtures/")) {
            Path file = fixturesDir().resolve(request.path().substring("/fixtures/".length())).normalize();
            if (file.startsWith(fixturesDir().normalize()) && Files.isRegularFile(file)) {
                return Reply.ok(contentType(file.toString()), Files.readAllBytes(file));
            }
        }
        if (request.path().startsWith("/classpath/")) {
            try (InputStream in = getClass().getResourceAsStream(request.path().substring("/classpath".length()))) {
                if (in != null) {
                    return Reply.ok(contentType(request.path()), in.readAllBytes());
                }
            }
        }
        return Reply.status(404);
    }

    private static String contentType(String name) {
        if (name.endsWith(".xml")) {
            return "application/xml";
        }
        if (name.endsWith(".json")) {
            return "application/json";
        }
        return "text/html";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
