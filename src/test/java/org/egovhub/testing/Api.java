package org.egovhub.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Calls of the hub's HTTP API as a client sends them (raw JSON text, Basic auth) and the check
 * that an error answers a problem detail with its reason.
 */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate rest;

    public Api(TestRestTemplate rest) {
        this.rest = rest;
    }

    /** A call as the test admin. */
    public ResponseEntity<String> admin(HttpMethod method, String path, String json) {
        return as("admin", HubTestInitializer.ADMIN_PASSWORD, method, path, json);
    }

    /** A call as any user; {@code user} null sends no credentials, {@code json} null no body. */
    public ResponseEntity<String> as(String user, String password, HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, password);
        }
        if (json != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return rest.exchange(path, method, new HttpEntity<>(json, headers), String.class);
    }

    /** Asserts a problem detail with this status and reason, and returns it for further checks. */
    public static JsonNode assertProblem(ResponseEntity<String> answer, int status, String detail) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).as("content type").isNotNull();
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("problem+json, was " + answer.getHeaders().getContentType()).isTrue();
        JsonNode problem = json(answer.getBody());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isEqualTo(detail);
        return problem;
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
