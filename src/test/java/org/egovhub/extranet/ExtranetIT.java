package org.egovhub.extranet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.egovhub.extranet.record.RecordChecker;
import org.egovhub.extranet.record.RecordKind;
import org.egovhub.testing.FixtureServer;
import org.egovhub.testing.HubTest;
import org.egovhub.testing.PostgresDatabase;
import org.egovhub.testing.StandaloneArtemis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * End to end against real infrastructure: the hub's journal on PostgreSQL, records in over HTTP and
 * over the embedded broker's TCP acceptor, delivered to a faulty HTTP target, to a queue on a
 * standalone Artemis 2.40 broker and to a PostgreSQL exchange table; delivered + dead-lettered =
 * sent, no target holds a duplicate, and a legacy → dual → extranet switch in the middle loses nothing.
 */
@HubTest
class ExtranetIT extends ExtranetHubIT {

    @RegisterExtension
    static final StandaloneArtemis remote = new StandaloneArtemis();

    static final PostgresDatabase hubDb = PostgresDatabase.create("extranet_hub");
    static final PostgresDatabase exchangeDb = PostgresDatabase.create("extranet_exchange");
    static final FixtureServer HTTP = FixtureServer.start();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        hubDb.register(registry);
        registry.add("hub.extranet.channels-file", () -> "src/test/resources/extranet/channels-it.yml");
        registry.add("extranet.it.http", HTTP::baseUrl);
        registry.add("extranet.it.broker-url", remote::url);
        registry.add("extranet.it.broker-user", () -> StandaloneArtemis.USER);
        registry.add("extranet.it.broker-password", () -> StandaloneArtemis.PASSWORD);
        registry.add("extranet.it.exchange-url", exchangeDb::url);
        registry.add("extranet.it.exchange-user", () -> PostgresDatabase.USER);
    }

    @BeforeAll
    static void exchangeTable() throws Exception {
        try (var connection = exchangeDb.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create table sgs_xzxk (stable_id varchar(300) primary key, channel varchar(40) not null,"
                    + " record_kind varchar(16) not null, payload text not null, delivered_at timestamp with time zone not null)");
        }
        HTTP.respond("/legacy/person", ExtranetHubIT::script);
        HTTP.respond("/legacy/licence", ExtranetHubIT::script);
    }

    @Autowired
    RecordChecker checker;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JmsTemplate jms;

    @Autowired
    org.egovhub.testing.TestClock clock;

    @Test
    void shouldDeliverOrDeadLetterEveryRecordExactlyOnceAcrossAModeSwitch() throws Exception {
        List<ObjectNode> sent = new ArrayList<>();
        int n = 0;
        for (String mode : new String[] {"legacy", "dual", "extranet"}) {
            postAsAdmin("/api/extranet/channels/it-person/mode", java.util.Map.of("mode", mode));
            for (int i = 0; i < 20; i++, n++) {
                String office = n == 5 ? "SCRIPT-400" : n % 7 == 1 ? "SCRIPT-500x2" : n % 11 == 2 ? "SCRIPT-TIMEOUT" : "民政局";
                ObjectNode record = person(office);
                sent.add(record);
                if (n % 2 == 0) {
                    postAsAdmin("/api/ingest/it-person", record);
                } else {
                    jms.convertAndSend("extranet.it-person.in", record.toString());
                }
            }
        }
        List<String> keys = sent.stream().map(r -> checker.check(RecordKind.PERSON, r).stableId()).toList();

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            // Retries and the outage breaker wait on the hub's clock: let it run on, 30 s per look.
            clock.advance(Duration.ofSeconds(30));
            List<String> open = jdbc.queryForList("select stable_id from extranet_journal where channel = 'it-person'"
                    + " and status = 'PENDING'", String.class);
            assertThat(open).isEmpty();
            assertThat(jdbc.queryForObject("select count(distinct stable_id) from extranet_journal where channel = 'it-person'",
                    Integer.class)).isEqualTo(keys.size());
        });
        Map<String, Integer> delivered = count("DELIVERED");
        Map<String, Integer> failed = count("FAILED");
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            // Records 20-39 were sent in dual mode: a journal outcome per path; the others have one.
            int paths = i >= 20 && i < 40 ? 2 : 1;
            assertThat(delivered.getOrDefault(key, 0) + failed.getOrDefault(key, 0)).as(key).isEqualTo(paths);
        }
        assertThat(failed).hasSize(1).containsKey(keys.get(5));
        Map<String, Long> onRemote = drain("it.mz.person");
        assertThat(onRemote.values()).allMatch(c -> c == 1L);
        assertThat(onRemote).hasSize(jdbc.queryForObject("select count(*) from extranet_journal where channel = 'it-person'"
                + " and path = 'extranet' and status = 'DELIVERED'", Integer.class));
        assertThat(onRemote.keySet()).contains(sent.get(sent.size() - 1).get("公民身份号码").asText());
        Map<String, Long> accepted = HTTP.requests("/legacy/person").stream()
                .collect(Collectors.groupingBy(r -> r.header("Idempotency-Key"), Collectors.counting()));
        assertThat(accepted.get(keys.get(0))).isEqualTo(1L);
    }

    @Test
    void shouldKeepOneRowPerLicenceInThePostgresExchangeTable() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            ObjectNode licence = sample("licence");
            licence.put("行政许可决定文书号", "雁审批许〔2026〕IT" + i + "号");
            ids.add(checker.check(RecordKind.LICENCE, licence).stableId());
            postAsAdmin("/api/ingest/it-licence", List.of(licence, licence));
        }

        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from extranet_journal where channel = 'it-licence' and status = 'DELIVERED'", Integer.class))
                .isEqualTo(30));
        Map<String, Integer> rows = new HashMap<>();
        try (var connection = exchangeDb.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select stable_id, count(*) from sgs_xzxk group by stable_id")) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getInt(2));
            }
        }
        assertThat(rows).containsOnlyKeys(ids);
        assertThat(rows.values()).allMatch(c -> c == 1);
    }

    private Map<String, Integer> count(String status) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query("select stable_id, count(*) from extranet_journal where channel = 'it-person' and status = ?"
                + " group by stable_id", rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                }, status);
        return counts;
    }

    /** Takes every message off a queue of the standalone broker, counted by the citizen ID inside. */
    private static Map<String, Long> drain(String queue) throws Exception {
        Map<String, Long> counts = new HashMap<>();
        var factory = new ActiveMQConnectionFactory(remote.url(), StandaloneArtemis.USER, StandaloneArtemis.PASSWORD);
        try (factory; Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue(queue));
            connection.start();
            for (Message m = consumer.receive(2000); m != null; m = consumer.receive(1000)) {
                String id = JSON.readTree(((TextMessage) m).getText()).get("公民身份号码").asText();
                counts.merge(id, 1L, Long::sum);
            }
        }
        return counts;
    }
}
