package org.egovhub.extranet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.jms.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.egovhub.extranet.record.RecordChecker;
import org.egovhub.extranet.record.RecordKind;
import org.egovhub.platform.DeadLetterHeaders;
import org.egovhub.security.Roles;
import org.egovhub.security.UserAccount;
import org.egovhub.security.UserAccounts;
import org.egovhub.testing.FixtureServer;
import org.egovhub.testing.HubTest;
import org.egovhub.testing.Queues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;

/** Records in through the API, checked, delivered on the legacy path over HTTP with retries, refusals dead-lettered. */
@HubTest
class ExtranetDeliveryIT extends ExtranetHubIT {

    @Autowired
    RecordChecker checker;

    @Autowired
    JmsTemplate jms;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAccounts users;

    String key(ObjectNode person) {
        return checker.check(RecordKind.PERSON, person).stableId();
    }

    @Autowired
    Queues queues;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    List<Message> dlq(String queue, String containing) {
        return queues.browse(queue, containing);
    }

    /** The extranet record counter of a channel, path and outcome, 0 before its first count. */
    double records(String channel, String path, String outcome) {
        var counter = meters.find("hub.extranet.records").tags("channel", channel, "path", path, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    int attempts(String stableId) {
        return jdbc.queryForObject("select attempts from extranet_journal where stable_id = ?", Integer.class, stableId);
    }

    List<FixtureServer.Request> requests(String path, String stableId) {
        return TARGETS.requests(path).stream().filter(r -> stableId.equals(r.header("Idempotency-Key"))).toList();
    }

    String journalStatus(String channel, String stableId, String path) {
        List<String> status = jdbc.queryForList("select status from extranet_journal where channel = ? and stable_id = ? and path = ?",
                String.class, channel, stableId, path);
        return status.isEmpty() ? null : status.get(0);
    }

    @Test
    void shouldDeliverAcceptedRecordsAndDeadLetterRefusedOnesWithMaskedReasons() throws Exception {
        ObjectNode first = person("雁峰区婚姻登记处");
        ObjectNode second = person("雁峰区婚姻登记处");
        ObjectNode wrong = person("雁峰区婚姻登记处");
        String id = wrong.get("公民身份号码").asText();
        wrong.put("公民身份号码", id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1'));

        double delivered = records("t-person", "legacy", "delivered");
        double refusedAtIntake = records("t-person", "inbound", "dead-lettered");

        var response = postAsAdmin("/api/ingest/t-person", List.of(first, second, wrong));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(response.getBody().get("accepted").asInt()).isEqualTo(2);
        JsonNode rejection = response.getBody().get("rejected").get(0);
        assertThat(rejection.get("index").asInt()).isEqualTo(2);
        assertThat(rejection.get("violations").get(0).get("field").asText()).isEqualTo("公民身份号码");
        assertThat(rejection.toString()).doesNotContain(id.substring(0, 17));
        awaitAdvancing(() -> {
            assertThat(TARGETS.requests("/legacy/person")).extracting(r -> r.header("Idempotency-Key"))
                    .contains(key(first), key(second));
            assertThat(journalStatus("t-person", key(first), "legacy")).isEqualTo("DELIVERED");
            assertThat(journalStatus("t-person", key(second), "legacy")).isEqualTo("DELIVERED");
        });
        assertThat(requests("/legacy/person", key(first))).hasSize(1);
        assertThat(requests("/legacy/person", key(second))).hasSize(1);
        List<Message> refused = dlq("extranet.t-person.in.dlq", id.substring(0, 17));
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).getStringProperty(DeadLetterHeaders.CAUSE)).contains("公民身份号码")
                .doesNotContain(id.substring(0, 17));
        assertThat(refused.get(0).getStringProperty(DeadLetterHeaders.ORIGINAL_QUEUE)).isEqualTo("extranet.t-person.in");
        assertThat(TARGETS.requests("/extranet/person")).noneMatch(r -> key(first).equals(r.header("Idempotency-Key")));
        assertThat(records("t-person", "legacy", "delivered") - delivered).isEqualTo(2);
        assertThat(records("t-person", "inbound", "dead-lettered") - refusedAtIntake).isEqualTo(1);
        assertThat(rest.getForObject("/actuator/prometheus", String.class)).as("published for Prometheus")
                .containsPattern("hub_extranet_records_total\\{[^}]*channel=\"t-person\",outcome=\"delivered\",path=\"legacy\"\\}");
    }

    @Test
    void shouldRetryServerErrorsAndTimeoutsUntilDelivered() {
        ObjectNode failing = person("SCRIPT-500x2");
        ObjectNode slow = person("SCRIPT-TIMEOUT");

        jms.convertAndSend("extranet.t-person.in", "[" + failing + "," + slow + "]");

        awaitAdvancing(() -> {
            assertThat(journalStatus("t-person", key(failing), "legacy")).isEqualTo("DELIVERED");
            assertThat(journalStatus("t-person", key(slow), "legacy")).isEqualTo("DELIVERED");
        });
        assertThat(requests("/legacy/person", key(failing))).hasSize(3);
        assertThat(attempts(key(failing))).isEqualTo(3);
        assertThat(requests("/legacy/person", key(slow))).as("timed out once, then taken").hasSize(2);
        assertThat(attempts(key(slow))).isEqualTo(2);
    }

    @Test
    void shouldRetryAFailingRecordOnItsOwnWhileTheRestOfItsBatchIsDelivered() {
        ObjectNode first = person("批量测试");
        ObjectNode failing = person("SCRIPT-500x2");
        ObjectNode last = person("批量测试");

        jms.convertAndSend("extranet.t-person.in", "[" + first + "," + failing + "," + last + "]");

        awaitAdvancing(() -> {
            for (ObjectNode record : List.of(first, failing, last)) {
                assertThat(journalStatus("t-person", key(record), "legacy")).isEqualTo("DELIVERED");
            }
        });
        assertThat(requests("/legacy/person", key(failing))).hasSize(3);
        assertThat(attempts(key(failing))).isEqualTo(3);
        assertThat(requests("/legacy/person", key(first))).as("posted once: the batch is not repeated for the failing record").hasSize(1);
        assertThat(attempts(key(first))).isEqualTo(1);
        assertThat(requests("/legacy/person", key(last))).as("not tried behind the failure, then posted once").hasSize(1);
        assertThat(attempts(key(last))).isEqualTo(1);
    }

    @Test
    void shouldKeepABacklogWaitingWhileItsTargetIsDownAndDeliverItWhenItIsBack() {
        List<ObjectNode> backlog = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            backlog.add(person("停机测试"));
        }
        List<String> keys = backlog.stream().map(this::key).toList();
        OUTAGE.set(true);
        int firstFailures;
        try {
            for (int message = 0; message < 3; message++) {
                jms.convertAndSend("extranet.t-outage.in", backlog.subList(message * 10, message * 10 + 10).toString());
            }
            // The target fails the first call(s): the breaker opens, and while the clock stands still
            // every record waits (re-scheduled, attempts untouched) and nobody asks the target again.
            await().atMost(Duration.ofSeconds(30)).until(() -> failedCalls(keys) >= 1 && failedCalls(keys) == failedAttempts(keys)
                    && journaled("t-outage", keys) == 30);
            firstFailures = failedCalls(keys);

            // Twelve hours of outage, one probe an hour: each is refused like the first calls. The probes
            // fall on the first record of one of the three waiting messages, so one record makes at
            // least four failed calls more: past its limit (3 retries here), which probes do not count against.
            for (int hour = 1; hour <= 12; hour++) {
                int probes = hour;
                int before = firstFailures;
                clock.advance(Duration.ofHours(1));
                await().atMost(Duration.ofSeconds(30)).until(() -> failedCalls(keys) == before + probes);
            }
            assertThat(dlq("extranet.t-outage.legacy.dlq", "停机测试")).as("nothing dead-lettered by the probes").isEmpty();
        } finally {
            OUTAGE.set(false);
        }
        int failures = failedCalls(keys);

        // The target is back: the next probe gets through, the breaker closes, the backlog goes out.
        clock.advance(Duration.ofHours(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(keys)
                .allMatch(key -> "DELIVERED".equals(journalStatus("t-outage", key, "legacy"))));
        assertThat(keys).as("each record taken exactly once").allSatisfy(key -> assertThat(OUTAGE_CALLS.stream()
                .filter(call -> key.equals(call.key()) && !call.refused()).count()).isEqualTo(1));
        assertThat(failedCalls(keys)).as("no record was tried while the target was down but by the probes").isEqualTo(failures);
        assertThat(failures).isEqualTo(firstFailures + 12);
        assertThat(keys.stream().mapToInt(this::attempts).sum()).as("one attempt each, plus one per refused call").isEqualTo(30 + failures);
        assertThat(keys.stream().mapToInt(this::attempts).max().orElseThrow()).as("a record past its attempt limit").isGreaterThan(4);
        assertThat(dlq("extranet.t-outage.legacy.dlq", "停机测试")).isEmpty();
    }

    /** Calls of these records that the t-outage target answered with 503. */
    int failedCalls(List<String> keys) {
        return (int) OUTAGE_CALLS.stream().filter(call -> keys.contains(call.key()) && call.refused()).count();
    }

    /** Attempts the journal counts for these records (a record waiting behind a down target has none). */
    int failedAttempts(List<String> keys) {
        return keys.stream().mapToInt(key -> jdbc.queryForList("select attempts from extranet_journal where channel = 't-outage'"
                + " and path = 'legacy' and stable_id = ?", Integer.class, key).stream().mapToInt(Integer::intValue).sum()).sum();
    }

    int journaled(String channel, List<String> keys) {
        return (int) keys.stream().filter(key -> journalStatus(channel, key, "legacy") != null).count();
    }

    @Test
    void shouldDeadLetterAClientErrorAtOnceWithItsHeadersAndReplayIt() throws Exception {
        ObjectNode refused = person("SCRIPT-400");
        String marker = refused.get("公民身份号码").asText();
        double deadLettered = records("t-person", "legacy", "dead-lettered");
        double entered = records("t-person", "legacy", "entered");

        postAsAdmin("/api/ingest/t-person", refused);

        await().atMost(Duration.ofSeconds(20)).until(() -> !dlq("extranet.t-person.legacy.dlq", marker).isEmpty());
        assertThat(dlq("extranet.t-person.legacy.dlq", marker)).hasSize(1);
        Message dead = dlq("extranet.t-person.legacy.dlq", marker).get(0);
        assertThat(dead.getIntProperty(DeadLetterHeaders.ATTEMPTS)).isEqualTo(1);
        assertThat(dead.getStringProperty(DeadLetterHeaders.CAUSE)).contains("answered 400");
        assertThat(dead.getStringProperty(DeadLetterHeaders.ORIGINAL_QUEUE)).isEqualTo("extranet.t-person.legacy");
        assertThat(dead.getStringProperty(DeadLetterHeaders.FIRST_FAILURE_AT)).isNotBlank();
        assertThat(TARGETS.requests("/legacy/person")).filteredOn(r -> key(refused).equals(r.header("Idempotency-Key"))).hasSize(1);
        await().untilAsserted(() -> assertThat(journalStatus("t-person", key(refused), "legacy")).isEqualTo("FAILED"));
        assertThat(records("t-person", "legacy", "dead-lettered") - deadLettered).isEqualTo(1);
        assertThat(records("t-person", "legacy", "entered") - entered).isEqualTo(1);
        String metrics = rest.getForObject("/actuator/prometheus", String.class);
        assertThat(metrics).as("public, counted per channel, path and outcome, and without the record")
                .containsPattern("hub_extranet_records_total\\{[^}]*channel=\"t-person\",outcome=\"dead-lettered\",path=\"legacy\"\\}")
                .doesNotContain(marker);

        assertThat(dead.getStringProperty(DeadLetterHeaders.KIND)).isEqualTo("refused");
        var replayAll = postAsAdmin("/api/extranet/dlq/t-person/replay?path=legacy", null);
        assertThat(replayAll.getBody().get("legacy").get("leftRefused").asInt()).as("a blind replay would only be refused again")
                .isGreaterThanOrEqualTo(1);
        assertThat(replayAll.getBody().has("inbound")).isFalse();
        assertThat(dlq("extranet.t-person.legacy.dlq", marker)).hasSize(1);

        RELEASED.add(key(refused));
        var replayed = postAsAdmin("/api/admin/queues/extranet.t-person.legacy.dlq/messages/" + dead.getJMSMessageID() + "/replay", null);

        assertThat(replayed.getBody().get("replayedTo").asText()).isEqualTo("extranet.t-person.legacy");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(journalStatus("t-person", key(refused), "legacy")).isEqualTo("DELIVERED"));
        assertThat(dlq("extranet.t-person.legacy.dlq", marker)).isEmpty();
    }

    @Test
    void shouldLetOnlyIngestAndAdminPostAndOnlyAdminSwitch() {
        users.save(new UserAccount("ext-viewer", "viewer-pass-123", Set.of(Roles.VIEWER), true));
        users.save(new UserAccount("ext-ingest", "ingest-pass-123", Set.of(Roles.INGEST), true));

        assertThat(post("ext-viewer", "viewer-pass-123", "/api/ingest/t-person", person("x")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("ext-ingest", "ingest-pass-123", "/api/ingest/t-person", person("x")).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        assertThat(post("ext-viewer", "viewer-pass-123", "/api/extranet/channels/t-person/mode", java.util.Map.of("mode", "dual"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(postAsAdmin("/api/ingest/no-such-channel", person("x")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(postAsAdmin("/api/extranet/channels/t-person/mode", java.util.Map.of("mode", "both"))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(postAsAdmin("/api/ingest/t-person", "{not json").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void shouldSwitchAChannelToDualAtOnceAndRecordWhoDidIt() {
        try {
            var switched = postAsAdmin("/api/extranet/channels/t-person/mode", java.util.Map.of("mode", "dual"));
            assertThat(switched.getStatusCode()).isEqualTo(HttpStatus.OK);
            ObjectNode record = person("雁峰区民政局");

            postAsAdmin("/api/ingest/t-person", record);

            awaitAdvancing(() -> {
                assertThat(journalStatus("t-person", key(record), "legacy")).isEqualTo("DELIVERED");
                assertThat(journalStatus("t-person", key(record), "extranet")).isEqualTo("DELIVERED");
            });
            assertThat(jdbc.queryForList("select changed_by from extranet_channel_change where channel = 't-person'"
                    + " and to_mode = 'DUAL'", String.class)).contains("admin");
            assertThat(jdbc.queryForObject("select mode from extranet_channel_state where channel = 't-person'", String.class))
                    .isEqualTo("DUAL");
        } finally {
            postAsAdmin("/api/extranet/channels/t-person/mode", java.util.Map.of("mode", "legacy"));
        }
    }

    @Test
    void shouldShowJournalEntriesWithoutPersonalData() {
        ObjectNode record = person("雁峰区民政局");
        postAsAdmin("/api/ingest/t-person", record);
        await().atMost(Duration.ofSeconds(20)).until(() -> "DELIVERED".equals(journalStatus("t-person", key(record), "legacy")));

        JsonNode page = getAsAdmin("/api/extranet/messages?channel=t-person&status=delivered&size=500").getBody();

        assertThat(page.toString()).contains(key(record)).doesNotContain(record.get("公民身份号码").asText())
                .doesNotContain("13812345678").doesNotContain("测试人");
        JsonNode channels = getAsAdmin("/api/extranet/channels").getBody();
        assertThat(channels.findValuesAsText("id")).contains("t-person", "t-licence", "t-penalty");
    }
}
