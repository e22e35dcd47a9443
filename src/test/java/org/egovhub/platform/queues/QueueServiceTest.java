package org.egovhub.platform.queues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.egovhub.platform.BrokerQueues;
import org.egovhub.platform.ConflictException;
import org.egovhub.platform.NotFoundException;
import org.egovhub.testing.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;

/** The platform's one way to list, browse, replay, delete and move queue messages (issues 9 and 12). */
@HubTest
class QueueServiceTest {

    @Autowired
    QueueService queues;

    @Autowired
    BrokerQueues broker;

    @Autowired
    JmsTemplate jms;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldListAQueueWithItsCountersAndTheDepthOfItsDeadLetterQueue() {
        send("qs.list", "a", Map.of());
        send("qs.list", "b", Map.of());
        send("qs.list.dlq", "c", Map.of("HubOriginalQueue", "qs.list"));

        List<QueueView> all = queues.list();

        assertThat(all).filteredOn(q -> q.name().equals("qs.list")).singleElement()
                .isEqualTo(new QueueView("qs.list", 2, 0, 2, 0, 1));
        assertThat(all).filteredOn(q -> q.name().equals("qs.list.dlq")).singleElement()
                .isEqualTo(new QueueView("qs.list.dlq", 1, 0, 1, 0, 1));
        assertThat(all).extracting(QueueView::name).doesNotContain("activemq.management").isSorted();
    }

    @Test
    void shouldBrowseEveryMessageOfADeepQueuePageByPageWithoutTakingAnything() {
        for (int i = 0; i < 1200; i++) {
            send("qs.deep", "{\"n\":" + i + "}", Map.of());
        }
        Set<String> ids = new HashSet<>();
        List<String> bodies = new java.util.ArrayList<>();
        for (int page = 0; page < 3; page++) {
            QueuePage got = queues.browse("qs.deep", page, 500);
            assertThat(got.total()).isEqualTo(1200);
            assertThat(got.messages()).hasSize(page < 2 ? 500 : 200);
            got.messages().forEach(m -> {
                ids.add(m.id());
                bodies.add(m.body());
            });
        }
        assertThat(ids).hasSize(1200);
        assertThat(bodies.get(0)).isEqualTo("{\"n\":0}");
        assertThat(bodies.get(1199)).isEqualTo("{\"n\":1199}");
        assertThat(queues.browse("qs.deep", 3, 500).messages()).isEmpty();
        assertThat(broker.count("qs.deep", null)).isEqualTo(1200);
    }

    @Test
    void shouldMaskIdAndPhoneNumbersInTheBodyAndHeadersAndShowWhyADeadLetterFailed() {
        send("qs.masked.dlq", "{\"公民身份号码\":\"11010519491231002X\",\"联系电话\":\"13812345678\"}", Map.of(
                "HubFailureCause", "RecordRefusedException: 11010519491231002X invalid", "HubFailureKind", "refused",
                "HubAttempts", 3, "HubOriginalQueue", "qs.masked.in", "HubFirstFailureAt", "2026-11-27T08:30+08:00"));

        QueueMessage message = queues.browse("qs.masked.dlq", 0, 10).messages().get(0);

        assertThat(message.body()).isEqualTo("{\"公民身份号码\":\"110105********002X\",\"联系电话\":\"138****5678\"}");
        assertThat(message.headers()).containsEntry("HubFailureCause", "RecordRefusedException: 110105********002X invalid");
        assertThat(message.deadLetter()).isEqualTo(new QueueMessage.DeadLetter("RecordRefusedException: 110105********002X invalid",
                "refused", 3, "qs.masked.in", "2026-11-27T08:30+08:00", "qs.masked.in"));
        assertThat(message.id()).startsWith("ID:");
        assertThat(message.sentAt()).isNotNull();
    }

    @Test
    void shouldReplayOneDeadLetterByIdToItsOriginalQueueAndAuditIt() {
        send("qs.one.dlq", "first", Map.of("HubOriginalQueue", "qs.one.in"));
        send("qs.one.dlq", "second", Map.of());
        List<QueueMessage> messages = queues.browse("qs.one.dlq", 0, 10).messages();

        assertThat(queues.replay("qs.one.dlq", messages.get(0).id(), "admin-x")).isEqualTo("qs.one.in");
        assertThat(queues.replay("qs.one.dlq", messages.get(1).id(), "admin-x")).as("by the .dlq rule").isEqualTo("qs.one");

        assertThat(bodies("qs.one.in")).containsExactly("first");
        assertThat(bodies("qs.one")).containsExactly("second");
        assertThat(broker.count("qs.one.dlq", null)).isZero();
        assertThat(broker.browse("qs.one.in", null, 0, 1).get(0).properties()).containsKey("HubReplayedAt");
        assertThat(jdbc.queryForList("select actor, action, target, detail from audit_log where target = ?",
                "qs.one.dlq/" + messages.get(1).id())).singleElement().isEqualTo(Map.of("actor", "admin-x", "action", "queue.replay",
                        "target", "qs.one.dlq/" + messages.get(1).id(), "detail", "{\"from\":\"qs.one.dlq\",\"to\":\"qs.one\"}"));
        assertThatThrownBy(() -> queues.replay("qs.one.dlq", messages.get(0).id(), "admin-x"))
                .isInstanceOf(NotFoundException.class).hasMessage("No message " + messages.get(0).id() + " on qs.one.dlq");
    }

    @Test
    void shouldReplayAllButTheRefusedAndSayHowManyItLeft() {
        send("qs.all.dlq", "failed-1", Map.of("HubFailureKind", "failed"));
        send("qs.all.dlq", "refused-1", Map.of("HubFailureKind", "refused"));
        send("qs.all.dlq", "old-style", Map.of());

        ReplayResult result = queues.replayAll("qs.all.dlq", "admin-y");

        assertThat(result).isEqualTo(new ReplayResult("qs.all.dlq", 2, 1));
        assertThat(bodies("qs.all")).containsExactly("failed-1", "old-style");
        assertThat(bodies("qs.all.dlq")).containsExactly("refused-1");
        assertThat(jdbc.queryForObject("select detail from audit_log where action = 'queue.replay-all' and target = 'qs.all.dlq'",
                String.class)).isEqualTo("{\"moved\":2,\"leftRefused\":1}");
    }

    @Test
    void shouldDeleteOneMessageAndAuditIt() {
        send("qs.delete.dlq", "keep", Map.of());
        send("qs.delete.dlq", "drop", Map.of());
        String drop = queues.browse("qs.delete.dlq", 0, 10).messages().get(1).id();

        queues.delete("qs.delete.dlq", drop, "admin-z");

        assertThat(bodies("qs.delete.dlq")).containsExactly("keep");
        assertThat(jdbc.queryForObject("select actor from audit_log where action = 'queue.delete' and target = ?", String.class,
                "qs.delete.dlq/" + drop)).isEqualTo("admin-z");
    }

    @Test
    void shouldMoveEverythingLeftOnARenamedQueueAndNotCreateAMissingOne() {
        send("qs.move.dlq", "x", Map.of("HubOriginalQueue", "qs.move.in"));
        send("qs.move.dlq", "y", Map.of("HubOriginalQueue", "qs.move.in"));

        assertThat(queues.moveAll("qs.move.dlq", "qs.move.in.dlq")).isEqualTo(2);

        assertThat(bodies("qs.move.in.dlq")).containsExactly("x", "y");
        assertThat(broker.browse("qs.move.in.dlq", null, 0, 2)).allSatisfy(m ->
                assertThat(m.properties()).containsEntry("HubOriginalQueue", "qs.move.in"));
        assertThat(broker.count("qs.move.dlq", null)).isZero();
        assertThat(queues.moveAll("qs.never.dlq", "qs.never.in.dlq")).isZero();
        assertThat(broker.names()).doesNotContain("qs.never.dlq", "qs.never.in.dlq");
    }

    @Test
    void shouldRefuseUnknownQueuesAndReplaysOfQueuesThatHoldNoDeadLetters() {
        send("qs.plain", "x", Map.of());

        assertThatThrownBy(() -> queues.browse("qs.no-such-queue", 0, 10)).isInstanceOf(NotFoundException.class)
                .hasMessage("No queue qs.no-such-queue");
        assertThatThrownBy(() -> queues.replayAll("qs.plain", "admin")).isInstanceOf(ConflictException.class)
                .hasMessage("Queue qs.plain holds no dead letters: only <queue>.dlq and hub.poison can be replayed");
        assertThatThrownBy(() -> queues.delete("qs.plain", "1' OR '1'='1", "admin")).isInstanceOf(NotFoundException.class)
                .hasMessage("No message 1' OR '1'='1 on qs.plain");
        assertThat(broker.names()).doesNotContain("qs.no-such-queue");
        assertThat(bodies("qs.plain")).containsExactly("x");
    }

    @Test
    void shouldTellWhereADeadLetterGoesBack() {
        assertThat(QueueService.replayTarget("repost.publish.dlq", null)).isEqualTo("repost.publish");
        assertThat(QueueService.replayTarget("extranet.a.in.dlq", "extranet.a.in")).isEqualTo("extranet.a.in");
        assertThat(QueueService.replayTarget("alert.mail.dlq", "jms://queue:alert.mail")).as("an endpoint URI is no queue")
                .isEqualTo("alert.mail");
        assertThatThrownBy(() -> QueueService.replayTarget("hub.poison", null)).isInstanceOf(ConflictException.class);
    }

    private void send(String queue, String body, Map<String, Object> headers) {
        jms.convertAndSend(queue, body, m -> {
            for (Map.Entry<String, Object> h : headers.entrySet()) {
                m.setObjectProperty(h.getKey(), h.getValue());
            }
            return m;
        });
    }

    private List<String> bodies(String queue) {
        return broker.browse(queue, null, 0, 100).stream().map(BrokerQueues.Browsed::body).toList();
    }
}
