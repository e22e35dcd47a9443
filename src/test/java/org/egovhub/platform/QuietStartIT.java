package org.egovhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.egovhub.testing.FreePort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The hub started as the README tells an office to start it ({@code target/egov-hub/egov-hub},
 * with its class-data-sharing archive), from the repository folder on the embedded defaults and
 * the shipped {@code config/} files, as a separate process with its own log. Until every source
 * has been polled once, the log holds no WARN or ERROR line except one per unreachable upstream,
 * no stack trace and no line outside the log format (JVM or library noise on the console), and
 * Camel's start-up summary lists every route, the ones made from templates too (issue 10, "Quiet
 * logs"). Here the portals do not resolve, so each source logs its one WARN line.
 */
class QuietStartIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path LAUNCHER = PROJECT.resolve("target/egov-hub/egov-hub");

    /** The console pattern of logback-spring.xml: time, level, pid, thread, logger, message. */
    private static final Pattern LOG_LINE = Pattern.compile(
            "^\\d{4}-\\d\\d-\\d\\dT\\S+ +(TRACE|DEBUG|INFO|WARN|ERROR) \\d+ --- \\[.{15}\\] (.{40}) : (.*)$");
    private static final Pattern SUMMARY = Pattern.compile("Routes startup \\(total:(\\d+)\\b.*");
    private static final Pattern SUMMARY_ROUTE = Pattern.compile(" {4}\\w+ (\\S+) \\(.*\\)");
    private static final String POLLER = "org.egovhub.repost.fetch.RepostPoller";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void shouldStartWithOneWarningPerUnreachableUpstreamAndEveryRouteInTheSummary() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(Boolean.getBoolean("egovhub.cds.skip"),
                "the launcher is not built under -Degovhub.cds.skip");
        assertThat(LAUNCHER).as("built by mvn package (exec-maven-plugin, src/build/CdsTraining.java)").isExecutable();
        List<String> sources = ids(PROJECT.resolve("config/sources.yml"), "sources");
        List<Map<String, Object>> channels = entries(PROJECT.resolve("config/channels.yml"), "channels");
        int port = FreePort.find();
        Path log = dir.resolve("hub.log");
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toString(), "--hub.data-dir=" + dir.resolve("data"),
                "--server.port=" + port, "--hub.broker.port=" + FreePort.find(),
                "--hub.repost.start-delay=0s", "--hub.repost.host-delay=0s")
                .directory(PROJECT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("HUB_"));
        Process hub = builder.start();
        List<String> lines;
        Map<String, Boolean> reachable;
        try {
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                    .until(() -> alive(hub, log) && "UP".equals(health(port, null).path("status").asText()));
            String password = Files.readString(dir.resolve("data/initial-admin-password")).trim();
            reachable = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                    .until(() -> upstreams(port, password, sources), r -> r.size() == sources.size());
            lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        } finally {
            hub.destroy();
            hub.waitFor(90, TimeUnit.SECONDS);
        }

        List<String> unexpected = new ArrayList<>();
        Map<String, Integer> pollWarnings = new TreeMap<>();
        sources.forEach(id -> pollWarnings.put(id, 0));
        for (String line : lines) {
            Matcher m = LOG_LINE.matcher(line);
            if (!m.matches()) {
                unexpected.add(line);
            } else if (m.group(1).equals("WARN") && m.group(2).trim().equals(POLLER) && pollFailure(m.group(3), sources) != null) {
                pollWarnings.merge(pollFailure(m.group(3), sources), 1, Integer::sum);
            } else if (m.group(1).equals("WARN") || m.group(1).equals("ERROR")) {
                unexpected.add(line);
            }
        }
        assertThat(unexpected).as("WARN/ERROR lines, stack traces and stray output in the log of a healthy start").isEmpty();
        Map<String, Integer> expectedWarnings = new TreeMap<>();
        reachable.forEach((id, up) -> expectedWarnings.put(id, up ? 0 : 1));
        assertThat(pollWarnings).as("WARN lines per source (one per unreachable upstream)").isEqualTo(expectedWarnings);

        assertThat(summaryRoutes(lines)).isEqualTo(expectedRoutes(sources, channels));
    }

    private static boolean alive(Process hub, Path log) throws IOException {
        if (!hub.isAlive()) {
            throw new IllegalStateException("the hub exited with " + hub.exitValue() + ":\n" + Files.readString(log));
        }
        return true;
    }

    private JsonNode health(int port, String password) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(10));
        if (password != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return json.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException notListeningYet) {
            return json.createObjectNode();
        }
    }

    /** Source id → reachable, for the sources that health already reports (each after its first poll). */
    private Map<String, Boolean> upstreams(int port, String password, List<String> sources) throws Exception {
        JsonNode details = health(port, password).path("components").path("upstreams").path("details");
        Map<String, Boolean> reachable = new TreeMap<>();
        for (String id : sources) {
            JsonNode upstream = details.path("repost:" + id);
            if (upstream.has("reachable")) {
                reachable.put(id, upstream.get("reachable").asBoolean());
            }
        }
        return reachable;
    }

    private static String pollFailure(String message, List<String> sources) {
        return sources.stream().filter(id -> message.startsWith("Repost source " + id + " poll failed")).findFirst().orElse(null);
    }

    private static TreeSet<String> summaryRoutes(List<String> lines) {
        List<String> messages = lines.stream().map(LOG_LINE::matcher).filter(Matcher::matches).map(m -> m.group(3)).toList();
        int start = -1;
        for (int i = 0; i < messages.size() && start < 0; i++) {
            if (SUMMARY.matcher(messages.get(i)).matches()) {
                start = i;
            }
        }
        assertThat(start).as("Camel's start-up summary in the log").isNotNegative();
        Matcher summary = SUMMARY.matcher(messages.get(start));
        assertThat(summary.matches()).isTrue();
        TreeSet<String> listed = new TreeSet<>();
        for (int i = start + 1; i < messages.size(); i++) {
            Matcher route = SUMMARY_ROUTE.matcher(messages.get(i));
            if (!route.matches()) {
                break;
            }
            listed.add(route.group(1));
        }
        assertThat(listed).as("routes listed under '%s'", messages.get(start)).hasSize(Integer.parseInt(summary.group(1)));
        return listed;
    }

    private static TreeSet<String> expectedRoutes(List<String> sources, List<Map<String, Object>> channels) {
        TreeSet<String> routes = new TreeSet<>(RoutesLoadedIT.EXPECTED_ROUTES);
        sources.forEach(id -> routes.add("repost-poll-" + id));
        for (Map<String, Object> channel : channels) {
            String id = (String) channel.get("id");
            routes.add("extranet-" + id + "-in");
            for (org.egovhub.extranet.channel.Path path : org.egovhub.extranet.channel.Path.values()) {
                routes.add("extranet-" + id + "-" + path.id());
            }
            if (channel.get("directory") != null) {
                routes.add("extranet-" + id + "-drop");
            }
        }
        return routes;
    }

    private static List<String> ids(Path file, String key) throws IOException {
        return entries(file, key).stream().map(entry -> (String) entry.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Path file, String key) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<String, Object> document = new Yaml().load(reader);
            return (List<Map<String, Object>>) document.get(key);
        }
    }
}
