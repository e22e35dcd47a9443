package org.egovhub.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The standalone Artemis 2.40.0 distribution as a real separate broker process: created fresh
 * with {@code artemis create} on a free port (login required), started before the test class and
 * stopped after it. The build unpacks the distribution (maven-dependency-plugin) and passes its
 * folder as the system property {@code artemis.home}.
 *
 * <pre>
 * {@literal @}RegisterExtension static final StandaloneArtemis broker = new StandaloneArtemis();
 * </pre>
 */
public final class StandaloneArtemis implements BeforeAllCallback, AfterAllCallback {

    public static final String USER = "hub";
    public static final String PASSWORD = "hub-broker-secret";

    private int port;
    private Path instance;
    private Process process;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    /**
     * Stops the broker once the class's hub has closed, not before: JUnit runs this callback before
     * Spring's own (extensions registered on fields end first), and a hub outliving its broker had
     * its listener containers log "Could not refresh JMS Connection" until the end of the test JVM
     * and hold that end up (Surefire's "going to kill self fork JVM" after 30 s). The broker stops
     * with the hub's singletons, after its listeners; with {@code @DirtiesContext} on the class that
     * is at the end of the class.
     */
    @Override
    public void afterAll(ExtensionContext context) {
        if (context.getTestClass().map(c -> c.isAnnotationPresent(HubTest.class)).orElse(false)
                && SpringExtension.getApplicationContext(context) instanceof ConfigurableApplicationContext hub && hub.isActive()
                && hub.getBeanFactory() instanceof DefaultListableBeanFactory beans) {
            beans.registerDisposableBean("standaloneArtemis-" + port, this::stop);
        } else {
            stop();
        }
    }

    /** Makes this broker the hub's own (spring.artemis.mode native), as the prod profile runs it. */
    public void registerAsHubBroker(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("spring.artemis.mode", () -> "native");
        registry.add("spring.artemis.broker-url", this::url);
        registry.add("spring.artemis.user", () -> USER);
        registry.add("spring.artemis.password", () -> PASSWORD);
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path instance() {
        return instance;
    }

    /** The unpacked distribution: its {@code bin/artemis} both creates brokers and is the command-line client. */
    public static Path home() {
        return Path.of(System.getProperty("artemis.home", "target/artemis-dist/apache-artemis-2.40.0"));
    }

    /** Creates and starts a new broker instance; returns once it accepts connections. */
    public void start() throws IOException, InterruptedException {
        Path home = home();
        Path bin = home.resolve("bin/artemis");
        if (!Files.isExecutable(bin)) {
            throw new IllegalStateException("No Artemis distribution at " + home
                    + ": run the tests through Maven (mvn verify), which unpacks it");
        }
        port = FreePort.find();
        instance = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "artemis-instance-");
        run(List.of(bin.toString(), "create", "--silent", "--force", "--require-login",
                "--user", USER, "--password", PASSWORD, "--no-web", "--no-amqp-acceptor", "--no-mqtt-acceptor",
                "--no-stomp-acceptor", "--no-hornetq-acceptor", "--host", "127.0.0.1",
                "--default-port", String.valueOf(port), instance.toString()));
        run();
    }

    private void run() throws IOException {
        process = new ProcessBuilder(instance.resolve("bin/artemis").toString(), "run")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(instance.resolve("broker.out").toFile()))
                .start();
        awaitPort(Duration.ofSeconds(60));
    }

    /** Starts the same broker instance again, on the same port and journal, after {@link #stop} or {@link #kill}. */
    public void restart() throws IOException {
        run();
    }

    /** Ends the broker process with SIGKILL, as a crash would. */
    public void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        process = null;
    }

    /** Stops the broker process (and its children), waiting for it to end. */
    public void stop() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private void awaitPort(Duration timeout) {
        org.awaitility.Awaitility.await("Artemis listening on " + port).atMost(timeout).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("Artemis ended at start: see " + instance.resolve("broker.out"));
                    }
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                        return true;
                    } catch (IOException notYet) {
                        return false;
                    }
                });
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process create = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(create.getInputStream().readAllBytes());
        if (create.waitFor() != 0) {
            throw new IllegalStateException("artemis create failed: " + output);
        }
    }
}
