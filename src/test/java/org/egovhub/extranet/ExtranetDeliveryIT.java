package org.egovhub.extranet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.egovhub.extranet.record.RecordChecker;
import org.egovhub.extranet.record.RecordKind;
import org.egovhub.platform.DeadLetterHeaders;
import org.egovhub.security.Roles;
import org.egovhub.security.UserAccount;
import org.egovhub.security.UserAccounts;
import org.egovhub.testing.HubTest;
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

    List<Message> dlq(String queue, String containing) {
        return jms.browse(queue, (session, browser) -> {
            List<Message> found = new ArrayList<>();
            for (Message m : Collections.list((java.util.Enumeration<Message>) browser.getEnumeration())) {
                if (((TextMessage) m).getText().contains(containing)) {
                    found.add(m);
                }
            }
            return found;
        });
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

        var response = postAsAdmin("/api/ingest/t-person", List.of(first, second, wrong));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(response.getBody().get("accepted").asInt()).isEqualTo(2);
        JsonNode rejection = response.getBody().get("rejected").get(0);
        assertThat(rejection.get("index").asInt()).isEqualTo(2);
        assertThat(rejection.get("violations").get(0).get("field").asText()).isEqualTo("公民身份号码");
        assertThat(rejection.toString()).doesNotContain(id.substring(0, 17));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(TARGETS.requests("/legacy/person")).extracting(r -> r.header("Idempotency-Key"))
                    .contains(key(first), key(second));
            assertThat(journalStatus("t-person", key(first), "legacy")).isEqualTo("DELIVERED");
        });
        List<Message> refused = dlq("extranet.t-person.in.dlq", id.substring(0, 17));
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).getStringProperty(DeadLetterHeaders.CAUSE)).contains("公民身份号码")
                .doesNotContain(id.substring(0, 17));
        assertThat(refused.get(0).getStringProperty(DeadLetterHeaders.ORIGINAL_QUEUE)).isEqualTo("extranet.t-person.in");
        assertThat(TARGETS.requests("/extranet/person")).noneMatch(r -> key(first).equals(r.header("Idempotency-Key")));
        assertThat(rest.getForObject("/actuator/prometheus", String.class))
                .containsPattern("hub_extranet_records_total\\{[^}]*channel=\"t-person\",outcome=\"delivered\",path=\"legacy\"\\} [1-9]")
                .containsPattern("hub_extranet_records_total\\{[^}]*channel=\"t-person\",outcome=\"dead-lettered\",path=\"inbound\"\\} [1-9]");
    }

    @Test
    void shouldRetryServerErrorsAndTimeoutsUntilDelivered() {
        ObjectNode failing = person("SCRIPT-500x2");
        ObjectNode slow = person("SCRIPT-TIMEOUT");

        jms.convertAndSend("extranet.t-person.in", "[" + failing + "," + slow + "]");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(journalStatus("t-person", key(failing), "legacy")).isEqualTo("DELIVERED");
            assertThat(journalStatus("t-person", key(slow), "legacy")).isEqualTo("DELIVERED");
        });
        assertThat(TARGETS.requests("/legacy/person")).filteredOn(r -> key(failing).equals(r.header("Idempotency-Key"))).hasSize(3);
        assertThat(jdbc.queryForObject("select attempts from extranet_journal where stable_id = ?", Integer.class, key(failing)))
                .isEqualTo(3);
    }

    @Test
    void shouldRetryAFailingRecordOnItsOwnWhileTheRestOfItsBatchIsDelivered() {
        ObjectNode first = person("批量测试");
        ObjectNode failing = person("SCRIPT-500x2");
        ObjectNode last = person("批量测试");

        jms.convertAndSend("extranet.t-person.in", "[" + first + "," + failing + "," + last + "]");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (ObjectNode record : List.of(first, failing, last)) {
                assertThat(journalStatus("t-person", key(record), "legacy")).isEqualTo("DELIVERED");
            }
        });
        assertThat(TARGETS.requests("/legacy/person")).filteredOn(r -> key(failing).equals(r.header("Idempotency-Key"))).hasSize(3);
        for (ObjectNode record : List.of(first, last)) {
            assertThat(TARGETS.requests("/legacy/person")).as("posted once: the batch is not repeated for the failing record")
                    .filteredOn(r -> key(record).equals(r.header("Idempotency-Key"))).hasSize(1);
            assertThat(jdbc.queryForObject("select attempts from extranet_journal where stable_id = ?", Integer.class, key(record)))
                    .isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("select attempts from extranet_journal where stable_id = ?", Integer.class, key(failing)))
                .isEqualTo(3);
    }

    @Test
    void shouldKeepABacklogWaitingWhileItsTargetIsDownAndDeliverItWhenItIsBack() {
        List<ObjectNode> backlog = new ArrayList<>();
        OUTAGE.set(true);
        try {
            for (int message = 0; message < 3; message++) {
                List<ObjectNode> some = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    some.add(person("停机测试"));
                }
                backlog.addAll(some);
                jms.convertAndSend("extranet.t-outage.in", some.toString());
            }
            // The outage: two seconds, four times a record's whole retry budget in the test profile
            // (4 attempts, 50 ms doubling to 200 ms), and at least until a probing record has used it up.
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "select count(*) from extranet_journal where channel = 't-outage' and status = 'FAILED'", Integer.class) >= 1);
        } finally {
            OUTAGE.set(false);
        }
        List<String> keys = backlog.stream().map(this::key).toList();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(keys)
                .allMatch(key -> List.of("DELIVERED", "FAILED").contains(journalStatus("t-outage", key, "legacy"))));
        long delivered = keys.stream().filter(key -> "DELIVERED".equals(journalStatus("t-outage", key, "legacy"))).count();
        assertThat(delivered).as("records that waited out the outage instead of using up their attempts").isGreaterThanOrEqualTo(24);
        assertThat(dlq("extranet.t-outage.legacy.dlq", "停机测试")).hasSize((int) (30 - delivered));
    }

    @Test
    void shouldDeadLetterAClientErrorAtOnceWithItsHeadersAndReplayIt() throws Exception {
        ObjectNode refused = person("SCRIPT-400");
        String marker = refused.get("公民身份号码").asText();

        postAsAdmin("/api/ingest/t-person", refused);

        await().atMost(Duration.ofSeconds(20)).until(() -> !dlq("extranet.t-person.legacy.dlq", marker).isEmpty());
        Message dead = dlq("extranet.t-person.legacy.dlq", marker).get(0);
        assertThat(dead.getIntProperty(DeadLetterHeaders.ATTEMPTS)).isEqualTo(1);
        assertThat(dead.getStringProperty(DeadLetterHeaders.CAUSE)).contains("answered 400");
        assertThat(dead.getStringProperty(DeadLetterHeaders.ORIGINAL_QUEUE)).isEqualTo("extranet.t-person.legacy");
        assertThat(dead.getStringProperty(DeadLetterHeaders.FIRST_FAILURE_AT)).isNotBlank();
        assertThat(TARGETS.requests("/legacy/person")).filteredOn(r -> key(refused).equals(r.header("Idempotency-Key"))).hasSize(1);
        await().untilAsserted(() -> assertThat(journalStatus("t-person", key(refused), "legacy")).isEqualTo("FAILED"));
        String metrics = rest.getForObject("/actuator/prometheus", String.class);
        assertThat(metrics).as("public, counted per channel, path and outcome, and without the record")
                .containsPattern("hub_extranet_records_total\\{[^}]*channel=\"t-person\",outcome=\"dead-lettered\",path=\"legacy\"\\} [1-9]")
                .containsPattern("hub_extranet_records_total\\{[^}]*channel=\"t-person\",outcome=\"entered\",path=\"legacy\"\\} [1-9]")
                .doesNotContain(marker);

        RELEASED.add(key(refused));
        var replayed = postAsAdmin("/api/extranet/dlq/t-person/replay?path=legacy", null);

        assertThat(replayed.getBody().get("legacy").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(replayed.getBody().has("inbound")).isFalse();
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
        assertThat(post("ext-viewer", "viewer-pass-123", "/api/extranet/channels/t-person/mode", new ExtranetController.ModeRequest("dual"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(postAsAdmin("/api/ingest/no-such-channel", person("x")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(postAsAdmin("/api/extranet/channels/t-person/mode", new ExtranetController.ModeRequest("both"))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(postAsAdmin("/api/ingest/t-person", "{not json").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void shouldSwitchAChannelToDualAtOnceAndRecordWhoDidIt() {
        try {
            var switched = postAsAdmin("/api/extranet/channels/t-person/mode", new ExtranetController.ModeRequest("dual"));
            assertThat(switched.getStatusCode()).isEqualTo(HttpStatus.OK);
            ObjectNode record = person("雁峰区民政局");

            postAsAdmin("/api/ingest/t-person", record);

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(journalStatus("t-person", key(record), "legacy")).isEqualTo("DELIVERED");
                assertThat(journalStatus("t-person", key(record), "extranet")).isEqualTo("DELIVERED");
            });
            assertThat(jdbc.queryForList("select changed_by from extranet_channel_change where channel = 't-person'"
                    + " and to_mode = 'DUAL'", String.class)).contains("admin");
            assertThat(jdbc.queryForObject("select mode from extranet_channel_state where channel = 't-person'", String.class))
                    .isEqualTo("DUAL");
        } finally {
            postAsAdmin("/api/extranet/channels/t-person/mode", new ExtranetController.ModeRequest("legacy"));
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
