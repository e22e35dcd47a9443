package org.egovhub.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.egovhub.testing.Api;
import org.egovhub.testing.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/** Issue 9: a change made through a capability's API shows in the audit log with who, when and the change. */
@HubTest
class AuditApiTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void shouldRecordAModeSwitchWithWhoAndTheChange() {
        Api api = new Api(rest);
        try {
            assertThat(api.admin(HttpMethod.POST, "/api/extranet/channels/t-person/mode", "{\"mode\":\"dual\"}").getStatusCode().value())
                    .isEqualTo(200);
        } finally {
            api.admin(HttpMethod.POST, "/api/extranet/channels/t-person/mode", "{\"mode\":\"legacy\"}");
        }

        JsonNode log = Api.json(api.admin(HttpMethod.GET, "/api/admin/audit?size=500", null).getBody());

        JsonNode switches = Api.json(java.util.stream.StreamSupport.stream(log.spliterator(), false)
                .filter(e -> e.get("action").asText().equals("extranet.mode") && e.get("target").asText().equals("t-person"))
                .limit(2).toList().toString());
        assertThat(switches).hasSize(2);
        assertThat(switches.get(0).get("detail").toString()).isEqualTo("{\"from\":\"DUAL\",\"to\":\"LEGACY\"}");
        assertThat(switches.get(1).get("detail").toString()).isEqualTo("{\"from\":\"LEGACY\",\"to\":\"DUAL\"}");
        assertThat(switches.get(1).get("actor").asText()).isEqualTo("admin");
        assertThat(java.time.OffsetDateTime.parse(switches.get(1).get("at").asText()).getOffset())
                .isEqualTo(java.time.ZoneOffset.ofHours(8));
    }
}
