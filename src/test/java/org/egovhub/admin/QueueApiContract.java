package org.egovhub.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.egovhub.security.Roles;
import org.egovhub.security.UserAccount;
import org.egovhub.security.UserAccounts;
import org.egovhub.testing.Api;
import org.egovhub.testing.Queues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jms.core.JmsTemplate;

/**
 * The queue API as the console's pages and API clients use it, the same on every broker: the
 * embedded one ({@link QueueApiIT}) and a standalone Artemis ({@link QueueApiStandaloneIT}).
 * Each test uses queues of its own.
 */
abstract class QueueApiContract {

    static final String CITIZEN_ID = "110101199003077777";
    static final String PHONE = "13912345678";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JmsTemplate jms;

    @Autowired
    Queues queues;

    @Autowired
    UserAccounts accounts;

    Api api;
    String prefix;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        prefix = "qapi." + UUID.randomUUID().toString().substring(0, 8);
        accounts.save(new UserAccount("qapi-viewer", "qapi-viewer-password", Set.of(Roles.VIEWER), true));
    }

    @Test
    void shouldListEveryQueueWithItsCounters() {
        send(prefix, 3, false);
        send(prefix + ".dlq", 2, true);

        JsonNode queue = await().atMost(Duration.ofSeconds(20)).until(() -> find(prefix), q -> q != null && q.get("depth").asLong() == 3);

        assertThat(queue.get("consumers").asLong()).isZero();
        assertThat(queue.get("messagesAdded").asLong()).isEqualTo(3);
        assertThat(queue.get("messagesAcknowledged").asLong()).isZero();
        assertThat(queue.get("deadLetters").asLong()).isEqualTo(2);
        assertThat(find(prefix + ".dlq").get("deadLetters").asLong()).isEqualTo(2);
        assertThat(queue.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("name", "depth", "consumers", "messagesAdded", "messagesAcknowledged", "deadLetters");
    }

    @Test
    void shouldBrowseMaskedDeadLettersWithTheirReason() {
        send(prefix + ".dlq", 1, true);

        JsonNode page = Api.json(api.as("qapi-viewer", "qapi-viewer-password", HttpMethod.GET,
                "/api/admin/queues/" + prefix + ".dlq/messages?page=0&size=10", null).getBody());

        assertThat(page.get("total").asLong()).isEqualTo(1);
        JsonNode message = page.get("messages").get(0);
        assertThat(message.get("deadLetter").get("cause").asText()).isEqualTo("HTTP 503");
        assertThat(message.get("deadLetter").get("kind").asText()).isEqualTo("failed");
        assertThat(message.get("deadLetter").get("attempts").asInt()).isEqualTo(4);
        assertThat(message.get("deadLetter").get("originalQueue").asText()).isEqualTo(prefix);
        assertThat(message.get("deadLetter").get("firstFailureAt").asText()).isEqualTo("2026-11-30T09:15:00+08:00");
        assertThat(page.toString()).contains("身份证").doesNotContain(CITIZEN_ID, PHONE);
    }

    @Test
    void shouldReplayOneReplayAllDeleteOneAndAuditEach() {
        send(prefix + ".dlq", 3, true);
        refused(prefix + ".dlq");
        await().atMost(Duration.ofSeconds(20)).until(() -> queues.depth(prefix + ".dlq") == 4);
        JsonNode messages = Api.json(api.admin(HttpMethod.GET, "/api/admin/queues/" + prefix + ".dlq/messages?size=10", null).getBody())
                .get("messages");
        String first = messages.get(0).get("id").asText();
        String second = messages.get(1).get("id").asText();

        ResponseEntity<String> replayed = api.admin(HttpMethod.POST, "/api/admin/queues/" + prefix + ".dlq/messages/" + first + "/replay", null);
        assertThat(replayed.getStatusCode().value()).as(replayed.getBody()).isEqualTo(200);
        assertThat(Api.json(replayed.getBody()).get("replayedTo").asText()).isEqualTo(prefix);
        assertThat(api.admin(HttpMethod.DELETE, "/api/admin/queues/" + prefix + ".dlq/messages/" + second, null)
                .getStatusCode().value()).isEqualTo(204);
        JsonNode all = Api.json(api.admin(HttpMethod.POST, "/api/admin/queues/" + prefix + ".dlq/replay-all", null).getBody());

        assertThat(all.get("moved").asInt()).isEqualTo(1);
        assertThat(all.get("leftRefused").asInt()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> queues.depth(prefix) == 2 && queues.depth(prefix + ".dlq") == 1);
        String audit = api.admin(HttpMethod.GET, "/api/admin/audit?size=100", null).getBody();
        assertThat(audit).contains("\"action\":\"queue.replay\"", "\"target\":\"" + prefix + ".dlq/" + first + "\"",
                "\"action\":\"queue.delete\"", "\"target\":\"" + prefix + ".dlq/" + second + "\"", "\"action\":\"queue.replay-all\"");
    }

    @Test
    void shouldRefuseAViewerEveryChange() {
        send(prefix + ".dlq", 1, true);
        String id = Api.json(api.admin(HttpMethod.GET, "/api/admin/queues/" + prefix + ".dlq/messages", null).getBody())
                .get("messages").get(0).get("id").asText();
        for (String path : new String[] {"/messages/" + id + "/replay", "/replay-all"}) {
            assertThat(api.as("qapi-viewer", "qapi-viewer-password", HttpMethod.POST, "/api/admin/queues/" + prefix + ".dlq" + path, null)
                    .getStatusCode().value()).isEqualTo(403);
        }
        assertThat(api.as("qapi-viewer", "qapi-viewer-password", HttpMethod.DELETE, "/api/admin/queues/" + prefix + ".dlq/messages/" + id, null)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(queues.depth(prefix + ".dlq")).isEqualTo(1);
    }

    /** Sends {@code count} messages holding an ID and a phone number, dead letters with their reason headers. */
    void send(String queue, int count, boolean deadLetter) {
        jms.execute(session -> {
            try (MessageProducer producer = session.createProducer(session.createQueue(queue))) {
                for (int i = 0; i < count; i++) {
                    TextMessage message = session.createTextMessage("{\"n\":" + i + ",\"note\":\"身份证 " + CITIZEN_ID + " 电话 " + PHONE + "\"}");
                    if (deadLetter) {
                        message.setStringProperty("HubFailureCause", "HTTP 503");
                        message.setStringProperty("HubFailureKind", "failed");
                        message.setIntProperty("HubAttempts", 4);
                        message.setStringProperty("HubOriginalQueue", queue.substring(0, queue.length() - ".dlq".length()));
                        message.setStringProperty("HubFirstFailureAt", "2026-11-30T09:15:00+08:00");
                    }
                    producer.send(message);
                    if (session.getTransacted() && i % 500 == 499) {
                        session.commit();
                    }
                }
                if (session.getTransacted()) {
                    session.commit();
                }
            }
            return null;
        }, true);
    }

    void refused(String queue) {
        jms.convertAndSend(queue, "{\"bad\":true}", m -> {
            m.setStringProperty("HubFailureCause", "credit code check digit wrong");
            m.setStringProperty("HubFailureKind", "refused");
            m.setStringProperty("HubOriginalQueue", queue.substring(0, queue.length() - ".dlq".length()));
            return m;
        });
    }

    JsonNode find(String queue) {
        for (JsonNode q : Api.json(api.admin(HttpMethod.GET, "/api/admin/queues", null).getBody())) {
            if (q.get("name").asText().equals(queue)) {
                return q;
            }
        }
        return null;
    }
}
