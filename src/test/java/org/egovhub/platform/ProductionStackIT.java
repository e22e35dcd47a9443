package org.egovhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.Session;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.egovhub.alert.Alert;
import org.egovhub.alert.Alerts;
import org.egovhub.extranet.ExtranetProperties;
import org.egovhub.testing.FreePort;
import org.egovhub.testing.HubTest;
import org.egovhub.testing.PostgresDatabase;
import org.egovhub.testing.StandaloneArtemis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The production shape: the same build under the prod profile against a standalone Artemis 2.40
 * broker (separate process, login required, over TCP) and PostgreSQL. Flyway migrates PostgreSQL,
 * the routes consume from the standalone broker, failures dead-letter there and can be replayed;
 * the hub runs no broker of its own.
 */
@HubTest
@DirtiesContext
@ActiveProfiles({"test", "prod"})
@TestPropertySource(properties = {"HUB_EXTRANET_HMAC_KEY=" + ProductionStackIT.HMAC_KEY,
        "HUB_DB_PASSWORD=unused-with-trust-auth", "HUB_BROKER_PASSWORD=" + StandaloneArtemis.PASSWORD})
class ProductionStackIT {

    static final String HMAC_KEY = "prod-stack-hmac-key";

    @RegisterExtension
    static final StandaloneArtemis broker = new StandaloneArtemis();

    static final PostgresDatabase database = PostgresDatabase.create("prodstack");

    static final int SMTP_PORT = FreePort.find();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void production(DynamicPropertyRegistry registry) {
        broker.registerAsHubBroker(registry);
        registry.add("spring.mail.port", () -> SMTP_PORT);
        database.register(registry);
    }

    @Autowired
    Alerts alerts;

    @Autowired
    BrokerQueues brokerQueues;

    @Autowired
    org.egovhub.testing.Queues queues;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    BrokerProperties embeddedBroker;

    @Autowired
    HubProperties hub;

    @Autowired
    ExtranetProperties extranet;

    @Autowired
    ApplicationContext context;

    @Test
    void shouldRunNoBrokerOfItsOwn() {
        Throwable connect = catchThrowable(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", embeddedBroker.port()), 2000);
            }
        });

        assertThat(connect).as("a listener on hub.broker.port " + embeddedBroker.port()).isInstanceOf(ConnectException.class);
        assertThat(context.getBeanNamesForType(EmbeddedActiveMQ.class)).isEmpty();
        assertThat(hub.resolve("broker")).doesNotExist();
        assertThat(hub.resolve("broker-password")).doesNotExist();
    }

    @Test
    void shouldKeyPersonRecordsWithTheProductionKey() {
        assertThat(extranet.hmacKey()).isEqualTo(HMAC_KEY);
    }

    @Test
    void shouldMigratePostgresAndKeepUsersThere() throws Exception {
        try (var connection = database.connect();
                ResultSet rows = connection.createStatement().executeQuery(
                        "select count(*) from users u join authorities a on a.username = u.username where a.authority = 'ROLE_ADMIN'")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
        assertThat(rest.getForObject("/actuator/health", String.class)).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void shouldCarryAlertsThroughTheStandaloneBroker() throws Exception {
        alerts.raise(new Alert("prod.stack.mail", List.of("ops@district.example"), "生产环境告警", "经独立消息中间件投递"));

        assertThat(smtp.waitForIncomingEmail(15_000, 1)).isTrue();
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("生产环境告警");
        assertThat(brokerQueues.list()).extracting(QueueInfo::name).contains("alert.mail");
    }

    @Test
    void shouldDeadLetterOnTheStandaloneBrokerAndReplay() throws Exception {
        var factory = new ActiveMQConnectionFactory(broker.url(), StandaloneArtemis.USER, StandaloneArtemis.PASSWORD);
        try (Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createProducer(session.createQueue("alert.mail")).send(session.createTextMessage("{broken"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> depth("alert.mail.dlq") == 1);

        // The replayed message fails again (it is still broken) and returns to the dead-letter queue
        // with its first failure time kept.
        int moved = brokerQueues.replay("alert.mail.dlq", "alert.mail");
        assertThat(moved).isEqualTo(1);
        try (Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            connection.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> replayedIn(session) != null);
            Message message = replayedIn(session);
            assertThat(message.getStringProperty("HubOriginalQueue")).isEqualTo("alert.mail");
            assertThat(message.getStringProperty("HubFailureCause")).contains("JsonParseException");
        }
    }

    private static Message replayedIn(Session session) throws Exception {
        var messages = session.createBrowser(session.createQueue("alert.mail.dlq")).getEnumeration();
        while (messages.hasMoreElements()) {
            Message message = (Message) messages.nextElement();
            if (message.getStringProperty("HubReplayedAt") != null) {
                return message;
            }
        }
        return null;
    }

    private long depth(String queue) {
        return queues.depth(queue);
    }
}
