package org.egovhub.extranet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egovhub.testing.Api.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
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

/** Issue 10: every error of the ingest and extranet APIs answers a problem detail that says why. */
@HubTest
class ExtranetApiErrorsTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    UserAccounts users;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        users.save(new UserAccount("err-viewer", "viewer-password", Set.of(Roles.VIEWER), true));
    }

    @Test
    void shouldAnswer404ForIngestIntoAnUnknownChannel() {
        assertProblem(api.admin(HttpMethod.POST, "/api/ingest/no-such-channel", "{}"), 404, "No extranet channel 'no-such-channel'");
    }

    @Test
    void shouldAnswer400NamingTheParseProblemForAnIngestThatIsNotJson() {
        assertProblem(api.admin(HttpMethod.POST, "/api/ingest/t-person", "{not json"), 400,
                "Not JSON: Unexpected character ('n' (code 110)): was expecting double-quote to start field name");
    }

    @Test
    void shouldAnswer400ForAnIngestWithoutRecord() {
        assertProblem(api.admin(HttpMethod.POST, "/api/ingest/t-person", "null"), 400, "No record in the request");
    }

    @Test
    void shouldAnswer415ForAnIngestThatIsNotSentAsJson() {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setBasicAuth("admin", org.egovhub.testing.HubTestInitializer.ADMIN_PASSWORD);
        headers.setContentType(org.springframework.http.MediaType.TEXT_PLAIN);
        var answer = rest.exchange("/api/ingest/t-person", HttpMethod.POST, new org.springframework.http.HttpEntity<>("x", headers),
                String.class);
        assertProblem(answer, 415, "Content-Type 'text/plain' is not supported.");
    }

    @Test
    void shouldAnswer403ProblemForAViewerIngesting() {
        assertProblem(api.as("err-viewer", "viewer-password", HttpMethod.POST, "/api/ingest/t-person", "{}"), 403,
                "Your roles do not allow POST /api/ingest/t-person");
    }

    @Test
    void shouldAnswer401ProblemWithTheBasicChallengeWithoutCredentials() {
        var answer = api.as(null, null, HttpMethod.GET, "/api/extranet/channels", null);
        assertProblem(answer, 401, "Log in with HTTP Basic: Full authentication is required to access this resource");
        assertThat(answer.getHeaders().getFirst("WWW-Authenticate")).isEqualTo("Basic realm=\"egov-hub\"");
    }

    @Test
    void shouldAnswer400NamingTheFieldAndTheAllowedValuesForABogusMode() {
        JsonNode problem = assertProblem(api.admin(HttpMethod.POST, "/api/extranet/channels/t-person/mode", "{\"mode\":\"bogus\"}"),
                400, "mode: 'bogus' is not one of LEGACY, DUAL, EXTRANET");
        assertThat(problem.get("errors").toString()).isEqualTo("[{\"field\":\"mode\",\"rule\":\"must be one of LEGACY, DUAL, EXTRANET\"}]");
    }

    @Test
    void shouldAnswer400NamingTheFieldForAMissingMode() {
        JsonNode problem = assertProblem(api.admin(HttpMethod.POST, "/api/extranet/channels/t-person/mode", "{}"), 400,
                "Invalid request: mode must not be null");
        assertThat(problem.get("errors").toString()).isEqualTo("[{\"field\":\"mode\",\"rule\":\"must not be null\"}]");
    }

    @Test
    void shouldAnswer400NamingTheParseProblemForAModeSwitchThatIsNotJson() {
        assertProblem(api.admin(HttpMethod.POST, "/api/extranet/channels/t-person/mode", "{\"mode\": dual}"), 400,
                "Request body is not valid JSON: Unrecognized token 'dual': was expecting (JSON String, Number, Array, Object"
                        + " or token 'null', 'true' or 'false') (line 1, column 15)");
    }

    @Test
    void shouldAnswer400ForAModeSwitchWithoutBody() {
        assertProblem(api.admin(HttpMethod.POST, "/api/extranet/channels/t-person/mode", null), 400, "Request body is missing");
    }

    @Test
    void shouldAnswer404ForAModeSwitchOfAnUnknownChannel() {
        assertProblem(api.admin(HttpMethod.POST, "/api/extranet/channels/nope/mode", "{\"mode\":\"dual\"}"), 404,
                "No extranet channel 'nope'");
    }

    @Test
    void shouldAnswer403ForAViewerSwitchingEvenAnUnknownChannel() {
        assertProblem(api.as("err-viewer", "viewer-password", HttpMethod.POST, "/api/extranet/channels/nope/mode", "{\"mode\":\"x\"}"),
                403, "Your roles do not allow POST /api/extranet/channels/nope/mode");
    }

    @Test
    void shouldAnswer404ForPausingOrResumingAnUnknownChannel() {
        assertProblem(api.admin(HttpMethod.POST, "/api/extranet/channels/nope/pause", null), 404, "No extranet channel 'nope'");
        assertProblem(api.admin(HttpMethod.POST, "/api/extranet/channels/nope/resume", null), 404, "No extranet channel 'nope'");
    }

    @Test
    void shouldAnswer404And400ForAReplayOfAnUnknownChannelOrPath() {
        assertProblem(api.admin(HttpMethod.POST, "/api/extranet/dlq/nope/replay", null), 404, "No extranet channel 'nope'");
        assertProblem(api.admin(HttpMethod.POST, "/api/extranet/dlq/t-person/replay?path=sideways", null), 400,
                "path must be one of inbound, legacy, extranet");
    }

    @Test
    void shouldAnswer400NamingTheParameterForABadJournalPage() {
        JsonNode problem = assertProblem(api.admin(HttpMethod.GET, "/api/extranet/messages?size=0", null), 400,
                "Invalid request: size must be greater than or equal to 1");
        assertThat(problem.get("errors").toString()).isEqualTo("[{\"field\":\"size\",\"rule\":\"must be greater than or equal to 1\"}]");
        assertProblem(api.admin(HttpMethod.GET, "/api/extranet/messages?page=x", null), 400,
                "page: 'x' must be a number");
        assertProblem(api.admin(HttpMethod.GET, "/api/extranet/messages?channel=nope", null), 404, "No extranet channel 'nope'");
    }

    @Test
    void shouldAcceptAModeInAnyCaseAndAnswerEnumsInUpperCase() {
        try {
            var answer = api.admin(HttpMethod.POST, "/api/extranet/channels/t-person/mode", "{\"mode\":\"Dual\"}");
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
            assertThat(Api.json(answer.getBody()).get("mode").asText()).isEqualTo("DUAL");
            JsonNode channels = Api.json(api.admin(HttpMethod.GET, "/api/extranet/channels", null).getBody());
            JsonNode person = java.util.stream.StreamSupport.stream(channels.spliterator(), false)
                    .filter(c -> c.get("id").asText().equals("t-person")).findFirst().orElseThrow();
            assertThat(person.get("mode").asText()).isEqualTo("DUAL");
            assertThat(person.get("recordKind").asText()).isEqualTo("PERSON");
        } finally {
            api.admin(HttpMethod.POST, "/api/extranet/channels/t-person/mode", "{\"mode\":\"legacy\"}");
        }
    }
}
