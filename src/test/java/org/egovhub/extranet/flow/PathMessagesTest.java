package org.egovhub.extranet.flow;

import org.egovhub.extranet.ExtranetHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two shapes of a path message. */
class PathMessagesTest {

    final PathMessages messages = new PathMessages(new com.fasterxml.jackson.databind.ObjectMapper());

    @Test
    void shouldCarryABatchOfRecordsExactlyAsReceived() {
        PathRecord licence = new PathRecord("11430406MB1234567X:雁市监许〔2024〕12号", "LICENCE", "2024-05-30",
                "行政相对人代码_1: 个体工商户 placeholder", "{\"行政许可决定文书号\":\"雁市监许〔2024〕12号\",\"备注\":\"a \\\"quoted\\\" note\"}", 3, "2026-11-27T10:00+08:00", 2);
        PathRecord person = new PathRecord("5f2c", "PERSON", null, null, "{\"姓名\":\"测试人\"}", 0, null, 0);

        String body = messages.batch(List.of(licence, person));

        assertThat(messages.read(body, Map.of())).containsExactly(licence, person);
    }

    @Test
    void shouldReadASingleRecordFromItsBodyAndHeaders() {
        Map<String, Object> headers = Map.of(ExtranetHeaders.STABLE_ID, "5f2c", ExtranetHeaders.RECORD_KIND, "PERSON",
                PathMessages.DELIVERY_ATTEMPTS, 2, PathMessages.PROBE_FAILURES, 1,
                org.egovhub.platform.DeadLetterHeaders.FIRST_FAILURE_AT, "2026-11-27T10:00+08:00");

        List<PathRecord> read = messages.read("{\"姓名\":\"测试人\"}", headers);

        assertThat(read).containsExactly(new PathRecord("5f2c", "PERSON", null, null, "{\"姓名\":\"测试人\"}", 2, "2026-11-27T10:00+08:00", 1));
    }

    @Test
    void shouldStartAReplayedDeadLetterAfresh() {
        // A dead letter carries HubAttempts for the administrator, not HubDeliveryAttempts.
        Map<String, Object> headers = Map.of(ExtranetHeaders.STABLE_ID, "5f2c", org.egovhub.platform.DeadLetterHeaders.ATTEMPTS, 6);

        assertThat(messages.read("{}", headers).get(0).attempts()).isZero();
    }

    @Test
    void shouldRefuseASingleRecordWithoutItsStableIdNamingTheHeader() {
        assertThatThrownBy(() -> messages.read("{\"姓名\":\"测试人\"}", Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(ExtranetHeaders.STABLE_ID);
        assertThatThrownBy(() -> messages.read("[{\"stableId\": ", Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unreadable path batch");
    }
}
