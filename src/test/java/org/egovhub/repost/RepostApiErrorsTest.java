package org.egovhub.repost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egovhub.testing.Api.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
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
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 10: every error of the repost API answers a problem detail that says why. */
@HubTest
class RepostApiErrorsTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        users.save(new UserAccount("rep-viewer", "viewer-password", Set.of(Roles.VIEWER), true));
        users.save(new UserAccount("rep-reviewer", "reviewer-password", Set.of(Roles.REVIEWER), true));
    }

    @Test
    void shouldAnswer404ForADecisionOnAnUnknownItem() {
        assertProblem(api.admin(HttpMethod.POST, "/api/repost/items/nope/approve", "{\"reason\":\"ok\"}"), 404, "No repost item 'nope'");
        assertProblem(api.admin(HttpMethod.POST, "/api/repost/items/nope/reject", "{\"reason\":\"no\"}"), 404, "No repost item 'nope'");
    }

    @Test
    void shouldAnswer400NamingTheFieldForADecisionWithoutReason() {
        JsonNode problem = assertProblem(api.admin(HttpMethod.POST, "/api/repost/items/nope/approve", "{\"reason\":\" \"}"), 400,
                "Invalid request: reason must not be blank");
        assertThat(problem.get("errors").toString()).isEqualTo("[{\"field\":\"reason\",\"rule\":\"must not be blank\"}]");
    }

    @Test
    void shouldAnswer400NamingTheFieldForAReasonOfTheWrongType() {
        assertProblem(api.admin(HttpMethod.POST, "/api/repost/items/nope/approve", "{\"reason\":[1]}"), 400,
                "reason: must be a string");
    }

    @Test
    void shouldAnswer400ForADecisionThatIsNotJson() {
        assertProblem(api.admin(HttpMethod.POST, "/api/repost/items/nope/approve", "reason=ok"), 400,
                "Request body is not valid JSON: Unrecognized token 'reason': was expecting (JSON String, Number, Array, Object"
                        + " or token 'null', 'true' or 'false') (line 1, column 8)");
    }

    @Test
    void shouldAnswer409ForADecisionOnAnItemThatIsNotHeld() {
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into repost_item (id, version, source_id, url, title, fetched_at, status) values (?, 1, 'x', ?, 't', ?, 'REJECTED')",
                id, "http://upstream.test/" + id, OffsetDateTime.now());
        assertProblem(api.as("rep-reviewer", "reviewer-password", HttpMethod.POST, "/api/repost/items/" + id + "/approve",
                "{\"reason\":\"ok\"}"), 409, "Repost item " + id + " is REJECTED, not waiting for review (HELD)");
    }

    @Test
    void shouldAnswer403ForAViewerDecidingAndForAReviewerPolling() {
        assertProblem(api.as("rep-viewer", "viewer-password", HttpMethod.POST, "/api/repost/items/nope/approve", "not even json"), 403,
                "Your roles do not allow POST /api/repost/items/nope/approve");
        assertProblem(api.as("rep-reviewer", "reviewer-password", HttpMethod.POST, "/api/repost/sources/nope/poll", null), 403,
                "Your roles do not allow POST /api/repost/sources/nope/poll");
    }

    @Test
    void shouldAnswer404ForPollingAnUnknownSource() {
        assertProblem(api.admin(HttpMethod.POST, "/api/repost/sources/nope/poll", null), 404, "No repost source 'nope'");
    }

    @Test
    void shouldAnswer400NamingTheParameterForBadStatsAndItemQueries() {
        assertProblem(api.admin(HttpMethod.GET, "/api/repost/stats", null), 400,
                "Required parameter 'year' is not present.");
        assertProblem(api.admin(HttpMethod.GET, "/api/repost/stats?year=1066", null), 400, "year must be between 2000 and 2100");
        assertProblem(api.admin(HttpMethod.GET, "/api/repost/items?size=501", null), 400,
                "Invalid request: size must be less than or equal to 500");
        assertProblem(api.admin(HttpMethod.GET, "/api/repost/items?from=yesterday", null), 400,
                "from: 'yesterday' must be an ISO 8601 date-time such as 2026-11-27T08:30:00+08:00");
    }
}
