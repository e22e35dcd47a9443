package org.egovhub.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.egovhub.testing.Api;
import org.egovhub.testing.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** The queue API on the hub's embedded broker; a queue of 10 000 messages pages through all of them. */
@HubTest
class QueueApiIT extends QueueApiContract {

    @Test
    void shouldPageThroughTenThousandMessages() {
        String queue = prefix + ".deep";
        send(queue, 10_000, false);
        await().atMost(Duration.ofSeconds(60)).until(() -> queues.depth(queue) == 10_000);

        Set<String> ids = new HashSet<>();
        Set<Integer> numbers = new HashSet<>();
        for (int page = 0; page < 20; page++) {
            JsonNode answer = Api.json(api.admin(HttpMethod.GET, "/api/admin/queues/" + queue + "/messages?page=" + page + "&size=500", null)
                    .getBody());
            assertThat(answer.get("total").asLong()).isEqualTo(10_000);
            assertThat(answer.get("messages")).hasSize(500);
            for (JsonNode message : answer.get("messages")) {
                ids.add(message.get("id").asText());
                numbers.add(Api.json(message.get("body").asText()).get("n").asInt());
            }
        }
        JsonNode after = Api.json(api.admin(HttpMethod.GET, "/api/admin/queues/" + queue + "/messages?page=20&size=500", null).getBody());

        assertThat(ids).hasSize(10_000);
        assertThat(numbers).hasSize(10_000).contains(0, 4_999, 9_999);
        assertThat(after.get("messages")).isEmpty();
    }
}
