package org.egovhub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egovhub.testing.Api.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import org.egovhub.testing.Api;
import org.egovhub.testing.HubTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/** Issue 10: every error of the admin-user API answers a problem detail that says why. */
@HubTest
class UserApiErrorsTest {

    @Autowired
    TestRestTemplate rest;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    @Test
    void shouldAnswer404ForAnUnknownUser() {
        assertProblem(api.admin(HttpMethod.GET, "/api/admin/users/nobody", null), 404, "No user nobody");
        assertProblem(api.admin(HttpMethod.DELETE, "/api/admin/users/nobody", null), 404, "No user nobody");
        assertProblem(api.admin(HttpMethod.PUT, "/api/admin/users/nobody", "{\"username\":\"nobody\",\"roles\":[\"VIEWER\"]}"), 404,
                "No user nobody");
    }

    @Test
    void shouldAnswer409ForAUserThatExists() {
        assertProblem(api.admin(HttpMethod.POST, "/api/admin/users",
                "{\"username\":\"admin\",\"password\":\"another-password\",\"roles\":[\"VIEWER\"]}"), 409, "User admin exists");
    }

    @Test
    void shouldAnswer409ForRemovingOrDemotingTheLastAdministrator() {
        assertProblem(api.admin(HttpMethod.DELETE, "/api/admin/users/admin", null), 409, "User admin is the last enabled administrator");
        assertProblem(api.admin(HttpMethod.PUT, "/api/admin/users/admin", "{\"username\":\"admin\",\"roles\":[\"VIEWER\"]}"), 409,
                "User admin is the last enabled administrator");
    }

    @Test
    void shouldAnswer400ForANewUserWithoutPassword() {
        assertProblem(api.admin(HttpMethod.POST, "/api/admin/users", "{\"username\":\"no-password\",\"roles\":[\"VIEWER\"]}"), 400,
                "A new user needs a password");
    }

    @Test
    void shouldAnswer400NamingEachBadFieldAndItsRule() {
        JsonNode problem = assertProblem(api.admin(HttpMethod.POST, "/api/admin/users",
                "{\"username\":\"bad name\",\"password\":\"short\",\"roles\":[]}"), 400,
                "Invalid request: password size must be between 8 and 128; roles must not be empty;"
                        + " username must match \"[A-Za-z0-9._-]+\"");
        assertThat(problem.get("errors")).hasSize(3);
    }

    @Test
    void shouldAnswer400ForPathAndBodyNamingDifferentUsers() {
        assertProblem(api.admin(HttpMethod.PUT, "/api/admin/users/admin", "{\"username\":\"other\",\"roles\":[\"ADMIN\"]}"), 400,
                "Username in path and body differ");
    }

    @Test
    void shouldAnswer400ForAUserThatIsNotJson() {
        assertProblem(api.admin(HttpMethod.POST, "/api/admin/users", "{\"username\":"), 400,
                "Request body is not valid JSON: Unexpected end-of-input within/between Object entries (line 1, column 13)");
    }

    @Test
    void shouldAnswer401ProblemForWrongCredentials() {
        assertProblem(api.as("nobody-at-all", "wrong", HttpMethod.GET, "/api/admin/users", null), 401,
                "Log in with HTTP Basic: Bad credentials");
    }

    @Test
    void shouldAnswer403ProblemForAViewer(@Autowired UserAccounts accounts) {
        accounts.save(new UserAccount("users-viewer", "viewer-password", java.util.Set.of(Roles.VIEWER), true));
        assertProblem(api.as("users-viewer", "viewer-password", HttpMethod.DELETE, "/api/admin/users/nobody", null), 403,
                "Your roles do not allow DELETE /api/admin/users/nobody");
    }
}
