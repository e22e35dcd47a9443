package org.egovhub.platform.queues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egovhub.testing.Api.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.egovhub.platform.BrokerQueues;
import org.egovhub.security.Roles;
import org.egovhub.security.UserAccount;
import org.egovhub.security.UserAccounts;
import org.egovhub.testing.Api;
import org.egovhub.testing.HubTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jms.core.JmsTemplate;

/** Issue 12's queue API over HTTP: VIEWER reads, ADMIN replays and deletes, decided from URL and method alone. */
@HubTest
class QueueApiTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    UserAccounts users;

    @Autowired
    JmsTemplate jms;

    @Autowired
    BrokerQueues broker;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        users.save(new UserAccount("queue-viewer", "viewer-password", Set.of(Roles.VIEWER), true));
    }

    @Test
    void shouldListQueuesWithTheirCountersForAViewer() {
        jms.convertAndSend("qa.list", "x");

        JsonNode queues = Api.json(viewer(HttpMethod.GET, "/api/admin/queues").getBody());

        JsonNode queue = java.util.stream.StreamSupport.stream(queues.spliterator(), false)
                .filter(q -> q.get("name").asText().equals("qa.list")).findFirst().orElseThrow();
        assertThat(queue.toString()).isEqualTo("{\"name\":\"qa.list\",\"depth\":1,\"consumers\":0,\"messagesAdded\":1,"
                + "\"messagesAcknowledged\":0,\"deadLetters\":0}");
    }

    @Test
    void shouldBrowseAQueuePageByPageForAViewer() {
        for (int i = 0; i < 5; i++) {
            jms.convertAndSend("qa.browse", "m" + i);
        }

        JsonNode page = Api.json(viewer(HttpMethod.GET, "/api/admin/queues/qa.browse/messages?page=1&size=2").getBody());

        assertThat(page.get("total").asLong()).isEqualTo(5);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("messages")).extracting(m -> m.get("body").asText()).containsExactly("m2", "m3");
    }

    @Test
    void shouldReplayOneAndAllAndDeleteAsAdmin() {
        jms.convertAndSend("qa.replay.dlq", "one");
        jms.convertAndSend("qa.replay.dlq", "two");
        jms.convertAndSend("qa.replay.dlq", "three");
        JsonNode page = Api.json(api.admin(HttpMethod.GET, "/api/admin/queues/qa.replay.dlq/messages", null).getBody());
        String first = page.get("messages").get(0).get("id").asText();
        String second = page.get("messages").get(1).get("id").asText();

        var one = api.admin(HttpMethod.POST, "/api/admin/queues/qa.replay.dlq/messages/" + first + "/replay", null);
        assertThat(one.getBody()).isEqualTo("{\"id\":\"" + first + "\",\"replayedTo\":\"qa.replay\"}");
        var deleted = api.admin(HttpMethod.DELETE, "/api/admin/queues/qa.replay.dlq/messages/" + second, null);
        assertThat(deleted.getStatusCode().value()).isEqualTo(204);
        var all = api.admin(HttpMethod.POST, "/api/admin/queues/qa.replay.dlq/replay-all", null);
        assertThat(all.getBody()).isEqualTo("{\"queue\":\"qa.replay.dlq\",\"moved\":1,\"leftRefused\":0}");

        assertThat(broker.browse("qa.replay", null, 0, 10)).extracting(BrokerQueues.Browsed::body).containsExactly("one", "three");
        assertThat(broker.count("qa.replay.dlq", null)).isZero();
    }

    @Test
    void shouldAnswer403ToAViewerForEveryChangeBeforeLookingUpTheQueueOrMessage() {
        assertProblem(viewer(HttpMethod.POST, "/api/admin/queues/no-such/messages/ID:nope/replay"), 403,
                "Your roles do not allow POST /api/admin/queues/no-such/messages/ID:nope/replay");
        assertProblem(viewer(HttpMethod.POST, "/api/admin/queues/no-such/replay-all"), 403,
                "Your roles do not allow POST /api/admin/queues/no-such/replay-all");
        assertProblem(viewer(HttpMethod.DELETE, "/api/admin/queues/no-such/messages/ID:nope"), 403,
                "Your roles do not allow DELETE /api/admin/queues/no-such/messages/ID:nope");
        assertProblem(viewer(HttpMethod.GET, "/api/admin/audit"), 403, "Your roles do not allow GET /api/admin/audit");
    }

    @Test
    void shouldAnswerProblemsForUnknownQueuesMessagesAndQueuesWithoutDeadLetters() {
        jms.convertAndSend("qa.plain", "x");
        assertProblem(api.admin(HttpMethod.GET, "/api/admin/queues/qa.no-such/messages", null), 404, "No queue qa.no-such");
        assertProblem(api.admin(HttpMethod.POST, "/api/admin/queues/qa.no-such.dlq/replay-all", null), 404, "No queue qa.no-such.dlq");
        assertProblem(api.admin(HttpMethod.POST, "/api/admin/queues/qa.plain/replay-all", null), 409,
                "Queue qa.plain holds no dead letters: only <queue>.dlq and hub.poison can be replayed");
        assertProblem(api.admin(HttpMethod.DELETE, "/api/admin/queues/qa.plain/messages/ID:0000", null), 404,
                "No message ID:0000 on qa.plain");
        assertProblem(api.admin(HttpMethod.GET, "/api/admin/queues/qa.plain/messages?size=0", null), 400,
                "Invalid request: size must be greater than or equal to 1");
    }

    private org.springframework.http.ResponseEntity<String> viewer(HttpMethod method, String path) {
        return api.as("queue-viewer", "viewer-password", method, path, null);
    }
}
