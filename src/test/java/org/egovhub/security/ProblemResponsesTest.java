package org.egovhub.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

/** A wrong password is 401; a login that could not read the users (the database gone mid-request) is 503 with Retry-After. */
class ProblemResponsesTest {

    final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldAnswerAWrongPassword401WithTheBasicChallenge() throws Exception {
        MockHttpServletResponse response = commence(new BadCredentialsException("Bad credentials"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Basic realm=\"egov-hub\"");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(json.readTree(response.getContentAsByteArray()).path("detail").asText())
                .isEqualTo("Log in with HTTP Basic: Bad credentials");
    }

    @Test
    void shouldAnswerALoginWhoseUsersCannotBeRead503WithRetryAfter() throws Exception {
        MockHttpServletResponse response = commence(new InternalAuthenticationServiceException(
                "HikariPool-1 - Connection is not available, request timed out after 30000ms (user 430406195001010011)"));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getHeader("WWW-Authenticate")).isNull();
        assertThat(json.readTree(response.getContentAsByteArray()).path("detail").asText()).isEqualTo(
                "Logins are unavailable: the users cannot be read: HikariPool-1 - Connection is not available, request timed out"
                        + " after 30000ms (user 430406********0011)");
    }

    private MockHttpServletResponse commence(org.springframework.security.core.AuthenticationException e) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        ProblemResponses.unauthorized(json, "egov-hub", Duration.ofSeconds(5)).commence(new MockHttpServletRequest("POST", "/api/ingest/x"),
                response, e);
        return response;
    }
}
