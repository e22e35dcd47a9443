package org.egovhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.egovhub.HubApplication;
import org.egovhub.testing.ArtemisCli;
import org.egovhub.testing.FreePort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jms.core.JmsTemplate;

/**
 * The Artemis CLI of the standalone 2.40 distribution against the hub's embedded broker, as an
 * administrator uses it: without a login it reads nothing; as user {@code hub} with the password
 * the hub generated into {@code <data-dir>/broker-password} it reads queues; the monitor and
 * producer logins of {@code hub.broker.users} do only what their role allows.
 */
class EmbeddedBrokerCliIT {

    static final String PROBE_QUEUE = "cli.probe";
    static final String PROBE_BODY = "cli-probe-message";
    static final String INBOUND_QUEUE = "extranet.cli-probe.in";
    static final String MONITOR_PASSWORD = "monitor-password-for-tests";
    static final String PRODUCER_PASSWORD = "producer-password-for-tests";

    @TempDir
    static Path dataDir;

    static ConfigurableApplicationContext hub;
    static String url;

    @BeforeAll
    static void startHub() {
        int port = FreePort.find();
        url = "tcp://127.0.0.1:" + port;
        // No HUB_BROKER_PASSWORD: the hub generates its password into the data folder.
        hub = new SpringApplicationBuilder(HubApplication.class).profiles("test").run(
                "--hub.data-dir=" + dataDir, "--server.port=0", "--hub.broker.port=" + port,
                "--hub.broker.users[0].name=grafana", "--hub.broker.users[0].password=" + MONITOR_PASSWORD,
                "--hub.broker.users[0].role=monitor",
                "--hub.broker.users[1].name=mz-system", "--hub.broker.users[1].password=" + PRODUCER_PASSWORD,
                "--hub.broker.users[1].role=PRODUCER");
        JmsTemplate jms = hub.getBean(JmsTemplate.class);
        jms.convertAndSend(PROBE_QUEUE, PROBE_BODY);
        // The inbound queue of a channel no one consumes, so what the producer sends stays to be counted.
        jms.convertAndSend(INBOUND_QUEUE, "first");
    }

    @AfterAll
    static void stopHub() {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void shouldKeepTheGeneratedPasswordInAnOwnerOnlyFile() throws Exception {
        Path file = dataDir.resolve("broker-password");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(hubPassword()).matches("[A-Za-z0-9]{32}");
    }

    @Test
    void shouldRefuseQueueStatWithoutLogin() {
        ArtemisCli.Result stat = ArtemisCli.run("queue", "stat", "--silent", "--url", url);

        assertThat(stat.succeeded()).as(stat.output()).isFalse();
        assertThat(stat.output()).contains("AMQ229031").doesNotContain(PROBE_QUEUE);
    }

    @Test
    void shouldRefuseBrowsingWithoutLogin() {
        ArtemisCli.Result browse = ArtemisCli.run("browser", "--silent", "--url", url,
                "--destination", "queue://" + PROBE_QUEUE, "--message-count", "1");

        assertThat(browse.succeeded()).as(browse.output()).isFalse();
        assertThat(browse.output()).contains("AMQ229031").doesNotContain(PROBE_BODY);
    }

    @Test
    void shouldShowQueueStatsToTheHubUser() throws Exception {
        ArtemisCli.Result stat = ArtemisCli.run("queue", "stat", "--silent", "--url", url, "--user", "hub",
                "--password", hubPassword(), "--queueName", PROBE_QUEUE);

        assertThat(stat.succeeded()).as(stat.output()).isTrue();
        assertThat(stat.output()).containsPattern("\\|\\s*" + PROBE_QUEUE.replace(".", "\\.") + "\\s*\\|");
    }

    @Test
    void shouldLetTheHubUserBrowseAQueue() throws Exception {
        ArtemisCli.Result browse = ArtemisCli.run("browser", "--silent", "--verbose", "--url", url, "--user", "hub",
                "--password", hubPassword(), "--destination", "queue://" + PROBE_QUEUE, "--message-count", "1");

        assertThat(browse.succeeded()).as(browse.output()).isTrue();
        assertThat(browse.output()).contains(PROBE_BODY);
    }

    @Test
    void shouldLetTheMonitorReadButNotTake() {
        ArtemisCli.Result stat = ArtemisCli.run("queue", "stat", "--silent", "--url", url, "--user", "grafana",
                "--password", MONITOR_PASSWORD, "--queueName", PROBE_QUEUE);
        ArtemisCli.Result browse = ArtemisCli.run("browser", "--silent", "--verbose", "--url", url, "--user", "grafana",
                "--password", MONITOR_PASSWORD, "--destination", "queue://" + PROBE_QUEUE, "--message-count", "1");
        ArtemisCli.Result consume = ArtemisCli.run("consumer", "--silent", "--url", url, "--user", "grafana",
                "--password", MONITOR_PASSWORD, "--destination", "queue://" + PROBE_QUEUE, "--message-count", "1",
                "--receive-timeout", "2000");
        ArtemisCli.Result send = ArtemisCli.run("producer", "--silent", "--url", url, "--user", "grafana",
                "--password", MONITOR_PASSWORD, "--destination", "queue://" + PROBE_QUEUE, "--message-count", "1");
        ArtemisCli.Result purge = ArtemisCli.run("queue", "purge", "--silent", "--url", url, "--user", "grafana",
                "--password", MONITOR_PASSWORD, "--name", PROBE_QUEUE);

        assertThat(stat.succeeded()).as(stat.output()).isTrue();
        assertThat(stat.output()).contains(PROBE_QUEUE);
        assertThat(browse.output()).as(browse.output()).contains(PROBE_BODY);
        assertThat(consume.output()).contains("User: grafana does not have permission='CONSUME'");
        assertThat(send.output()).contains("User: grafana does not have permission='SEND'");
        assertThat(purge.output()).contains("User: grafana does not have permission='EDIT'");
        assertThat(depth(PROBE_QUEUE)).isEqualTo(1);
    }

    @Test
    void shouldLetAProducerSendToAnInboundQueueOnly() {
        ArtemisCli.Result inbound = ArtemisCli.run("producer", "--silent", "--url", url, "--user", "mz-system",
                "--password", PRODUCER_PASSWORD, "--destination", "queue://" + INBOUND_QUEUE, "--message-count", "1",
                "--message", "{}");
        ArtemisCli.Result other = ArtemisCli.run("producer", "--silent", "--url", url, "--user", "mz-system",
                "--password", PRODUCER_PASSWORD, "--destination", "queue://" + PROBE_QUEUE, "--message-count", "1");
        ArtemisCli.Result browse = ArtemisCli.run("browser", "--silent", "--url", url, "--user", "mz-system",
                "--password", PRODUCER_PASSWORD, "--destination", "queue://" + INBOUND_QUEUE, "--message-count", "1");

        assertThat(inbound.succeeded()).as(inbound.output()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> depth(INBOUND_QUEUE) == 2);
        assertThat(other.output()).contains("User: mz-system does not have permission='SEND'");
        assertThat(browse.output()).contains("User: mz-system does not have permission='BROWSE'");
        assertThat(depth(PROBE_QUEUE)).isEqualTo(1);
    }

    private static String hubPassword() throws Exception {
        return Files.readString(dataDir.resolve("broker-password")).strip();
    }

    private static long depth(String queue) {
        return hub.getBean(BrokerQueues.class).list().stream().filter(q -> q.name().equals(queue))
                .mapToLong(QueueInfo::messages).sum();
    }
}
