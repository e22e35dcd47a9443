package org.egovhub.platform.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.egovhub.testing.HubTest;
import org.egovhub.testing.HubTestInitializer;
import org.egovhub.testing.PostgresDatabase;
import org.egovhub.testing.StandaloneArtemis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 14: the production stack (standalone Artemis 2.40, PostgreSQL) losing its broker or its
 * database while the hub runs. Health answers at once and shows the missing one DOWN; ingest
 * answers a 503 problem detail with Retry-After at once (each call here gives up after 5 s, where
 * it used to take 10 to 30 s); once the broker or the database is back the hub takes records
 * again by itself.
 */
@HubTest
@DirtiesContext
@ActiveProfiles({"test", "prod"})
@TestPropertySource(properties = {"HUB_EXTRANET_HMAC_KEY=outage-hmac-key", "HUB_DB_PASSWORD=unused-with-trust-auth",
        "HUB_BROKER_PASSWORD=" + StandaloneArtemis.PASSWORD})
class DependencyOutageIT {

    /** No call of this test may take longer: the old answers took 10 to 30 s. */
    static final Duration PATIENCE = Duration.ofSeconds(5);
    static final String RECORD = """
            {"姓名": "故障", "公民身份号码": "430406195001010011", "业务类型": "结婚登记", "办理日期": "2026-11-02", "办理机构": "雁峰区民政局"}""";

    @RegisterExtension
    static final StandaloneArtemis broker = new StandaloneArtemis();

    static final PostgresDatabase database = PostgresDatabase.createWithOwnRole("outage");

    @DynamicPropertySource
    static void production(DynamicPropertyRegistry registry) {
        broker.registerAsHubBroker(registry);
        database.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    Availability availability;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(PATIENCE).build();
    final ObjectMapper json = new ObjectMapper();

    /** Both up and the hub warm: a cold hub's first call can take longer than PATIENCE on a loaded machine. */
    @BeforeEach
    void allUp() {
        await().atMost(Duration.ofSeconds(120)).ignoreExceptions().until(() -> availability.state(Availability.BROKER).up()
                && availability.state(Availability.DATABASE).up() && ingest().statusCode() == 202);
    }

    @Test
    void shouldRefuseIngestAndShowTheBrokerDownWhileItIsStoppedThenTakeRecordsAgain() throws Exception {
        broker.stop();
        try {
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> component(health(), "broker").equals("DOWN"));
            assertThat(status(health())).isEqualTo("DOWN");
            assertUnavailable(ingest(), "broker");
        } finally {
            broker.restart();
        }
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> ingest().statusCode() == 202);
    }

    @Test
    void shouldRefuseIngestAndShowTheBrokerDownAfterItWasKilled() throws Exception {
        broker.kill();
        try {
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> component(health(), "broker").equals("DOWN"));
            assertUnavailable(ingest(), "broker");
        } finally {
            broker.restart();
        }
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> ingest().statusCode() == 202);
    }

    @Test
    void shouldRefuseIngestAndShowTheDatabaseDownWhileItIsGoneThenTakeRecordsAgain() throws Exception {
        database.revokeConnect();
        try {
            // Health shows the database DOWN; while it is down nobody can log in (the users are
            // there), so health answers as to anyone: the status without components.
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> !availability.state(Availability.DATABASE).up());
            assertThat(status(health())).isEqualTo("DOWN");
            assertThat(availability.state(Availability.BROKER).up()).isTrue();
            assertUnavailable(ingest(), "database");
        } finally {
            database.grantConnect();
        }
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> ingest().statusCode() == 202);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> status(health()).equals("UP"));
    }

    private void assertUnavailable(HttpResponse<String> answer, String dependency) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
        assertThat(answer.headers().firstValue("Retry-After")).hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
        assertThat(json.readTree(answer.body()).path("detail").asText()).contains("The " + dependency + " is unavailable");
    }

    private HttpResponse<String> ingest() throws Exception {
        return http.send(request("/api/ingest/t-person").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(RECORD, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode health() throws Exception {
        return json.readTree(http.send(request("/actuator/health").GET().build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private HttpRequest.Builder request(String path) {
        String login = Base64.getEncoder().encodeToString(("admin:" + HubTestInitializer.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(PATIENCE).header("Authorization", "Basic " + login);
    }

    private static String status(JsonNode health) {
        return health.path("status").asText();
    }

    private static String component(JsonNode health, String name) {
        return health.path("components").path(name).path("status").asText();
    }
}
