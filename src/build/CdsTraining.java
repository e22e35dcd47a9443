import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Build step of {@code mvn package} (exec-maven-plugin, run as a single source file): makes
 * {@code target/egov-hub/}, the folder the README launches. It extracts the packaged jar
 * ({@code java -Djarmode=tools extract}: {@code egov-hub.jar} and {@code lib/}), adds the launcher
 * script, and records the class-data-sharing archive {@code egov-hub.jsa} during one training start
 * of the hub: embedded defaults, a temporary working and data folder, free loopback ports, no
 * upstream polling (start delay of an hour), stopped with SIGTERM once {@code /actuator/health} is
 * UP so that the archive holds the classes of the whole start (Camel routes and Tomcat too, which
 * {@code -Dspring.context.exit=onRefresh} would stop before). Nothing is written into the
 * repository and nothing leaves the machine.
 *
 * <p>Usage: {@code java src/build/CdsTraining.java <fat jar> <destination> <launcher> <config dir>
 * <log file>}
 */
public class CdsTraining {

    private static final Duration HEALTHY_WITHIN = Duration.ofMinutes(10);
    private static final Duration STOPPED_WITHIN = Duration.ofMinutes(10);

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            throw new IllegalArgumentException("usage: CdsTraining <fat jar> <destination> <launcher> <config dir> <log file>");
        }
        Path jar = Path.of(args[0]).toRealPath();
        Path destination = Path.of(args[1]).toAbsolutePath();
        Path launcher = Path.of(args[2]).toRealPath();
        Path config = Path.of(args[3]).toRealPath();
        Path log = Path.of(args[4]).toAbsolutePath();
        long started = System.nanoTime();

        Files.deleteIfExists(log);
        deleteTree(destination);
        run(List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", destination.toString(),
                "--application-filename", "egov-hub.jar"), log);
        destination = destination.toRealPath();
        Path script = destination.resolve("egov-hub");
        Files.copy(launcher, script, StandardCopyOption.REPLACE_EXISTING);
        script.toFile().setExecutable(true, false);

        Path archive = destination.resolve("egov-hub.jsa");
        Path work = Files.createTempDirectory("egov-hub-cds-");
        try {
            train(destination, archive, config, work, log);
        } finally {
            deleteTree(work);
        }
        if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
            throw new IllegalStateException("The training start wrote no class-data-sharing archive; see " + log);
        }
        System.out.printf("[cds] %s: extracted application and %d MB class-data-sharing archive in %d s (log: %s)%n",
                destination, Files.size(archive) >> 20, Duration.ofNanos(System.nanoTime() - started).toSeconds(), log);
    }

    private static void train(Path app, Path archive, Path config, Path work, Path log) throws Exception {
        int httpPort = freePort();
        int brokerPort = freePort();
        List<String> command = List.of(java(), "-XX:ArchiveClassesAtExit=" + archive, "-jar", app.resolve("egov-hub.jar").toString(),
                "--hub.data-dir=" + work.resolve("data"), "--server.port=" + httpPort, "--hub.broker.port=" + brokerPort,
                "--hub.repost.start-delay=1h", "--hub.repost.sources-file=" + config.resolve("sources.yml"),
                "--hub.extranet.channels-file=" + config.resolve("channels.yml"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // The build's own settings (a profile, a broker or database URL) must not reach the training start.
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("HUB_"));
        Process hub = builder.start();
        try {
            awaitHealthy(hub, httpPort, log);
        } finally {
            hub.destroy();
            if (!hub.waitFor(STOPPED_WITHIN.toSeconds(), TimeUnit.SECONDS)) {
                hub.destroyForcibly();
                throw new IllegalStateException("The training start did not stop within " + STOPPED_WITHIN + "; see " + log);
            }
        }
    }

    private static void awaitHealthy(Process hub, int port, Path log) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + HEALTHY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!hub.isAlive()) {
                throw new IllegalStateException("The training start of the hub ended with exit code " + hub.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> answer = client.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Tomcat opens its port late in the start.
            }
            hub.waitFor(200, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("The training start was not healthy within " + HEALTHY_WITHIN + "; see " + log);
    }

    private static void run(List<String> command, Path log) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
        }
    }

    /** The JVM running this build step, so that the archive matches the JDK the build used. */
    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
        }
        for (Path path : paths) {
            try {
                Files.delete(path);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete " + path, e);
            }
        }
    }
}
