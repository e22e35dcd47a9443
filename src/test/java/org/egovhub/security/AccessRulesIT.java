package org.egovhub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.egovhub.testing.HubTest;
import org.egovhub.testing.HubTestInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Who may reach what, asked over real HTTP as a browser or an API client would. */
@HubTest
class AccessRulesIT {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void users() {
        accounts.save(new UserAccount("viewer-a", "viewer-password", Set.of(Roles.VIEWER), true));
        accounts.save(new UserAccount("ingest-a", "ingest-password", Set.of(Roles.INGEST), true));
    }

    @Test
    void shouldAnswer401WithoutCredentialsAndNeverRedirect() {
        ResponseEntity<String> answer = rest.getForEntity("/api/admin/users", String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(answer.getHeaders().getLocation()).isNull();
    }

    @Test
    void shouldAnswer403ForARoleThatMayNot() {
        assertThat(rest.withBasicAuth("viewer-a", "viewer-password").getForEntity("/api/admin/users", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("ingest-a", "ingest-password").getForEntity("/api/admin/users", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void shouldListUsersForTheAdminWithoutPasswords() {
        ResponseEntity<String> answer = rest.withBasicAuth("admin", HubTestInitializer.ADMIN_PASSWORD)
                .getForEntity("/api/admin/users", String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).contains("\"username\":\"admin\"", "\"viewer-a\"").doesNotContain("password");
    }

    @Test
    void shouldRejectWrongPassword() {
        assertThat(rest.withBasicAuth("admin", "wrong").getForEntity("/api/admin/users", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldLetAdminCreateAUserWhoCanThenLogIn() {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        String body = "{\"username\":\"reviewer-new\",\"password\":\"reviewer-password\",\"roles\":[\"REVIEWER\"]}";
        ResponseEntity<String> created = rest.withBasicAuth("admin", HubTestInitializer.ADMIN_PASSWORD)
                .exchange("/api/admin/users", HttpMethod.POST, new HttpEntity<>(body, json), String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).doesNotContain("reviewer-password");
        assertThat(accounts.find("reviewer-new").roles()).containsExactly("REVIEWER");
        assertThat(rest.withBasicAuth("reviewer-new", "reviewer-password").getForEntity("/admin", String.class)
                .getStatusCode()).isNotEqualTo(HttpStatus.UNAUTHORIZED);
        rest.withBasicAuth("admin", HubTestInitializer.ADMIN_PASSWORD).delete("/api/admin/users/reviewer-new");
        assertThat(accounts.exists("reviewer-new")).isFalse();
    }

    @Test
    void shouldRefuseAnOldPasswordOrADisabledUserAtOnceThoughTheLoginWasRemembered() {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        TestRestTemplate admin = rest.withBasicAuth("admin", HubTestInitializer.ADMIN_PASSWORD);
        assertThat(rest.withBasicAuth("viewer-a", "viewer-password").getForEntity("/api/admin/queues", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> changed = admin.exchange("/api/admin/users/viewer-a", HttpMethod.PUT, new HttpEntity<>(
                "{\"username\":\"viewer-a\",\"password\":\"a-new-password\",\"roles\":[\"VIEWER\"]}", json), String.class);
        assertThat(changed.getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(rest.withBasicAuth("viewer-a", "viewer-password").getForEntity("/api/admin/queues", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("viewer-a", "a-new-password").getForEntity("/api/admin/queues", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        admin.exchange("/api/admin/users/viewer-a", HttpMethod.PUT, new HttpEntity<>(
                "{\"username\":\"viewer-a\",\"roles\":[\"VIEWER\"],\"enabled\":false}", json), String.class);
        assertThat(rest.withBasicAuth("viewer-a", "a-new-password").getForEntity("/api/admin/queues", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldRefuseToRemoveOrDemoteTheLastAdministrator() {
        ResponseEntity<String> delete = rest.withBasicAuth("admin", HubTestInitializer.ADMIN_PASSWORD)
                .exchange("/api/admin/users/admin", HttpMethod.DELETE, null, String.class);
        assertThat(delete.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> demote = rest.withBasicAuth("admin", HubTestInitializer.ADMIN_PASSWORD)
                .exchange("/api/admin/users/admin", HttpMethod.PUT,
                        new HttpEntity<>("{\"username\":\"admin\",\"roles\":[\"VIEWER\"]}", json), String.class);
        assertThat(demote.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(accounts.find("admin").roles()).contains(Roles.ADMIN);
    }

    @Test
    void shouldServeHealthStatusOnlyWithoutLoginAndDetailsWithLogin() {
        ResponseEntity<String> anonymous = rest.getForEntity("/actuator/health", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(anonymous.getBody()).isEqualTo("{\"status\":\"UP\"}");
        String detailed = rest.withBasicAuth("viewer-a", "viewer-password").getForObject("/actuator/health", String.class);
        assertThat(detailed).contains("\"broker\"", "\"database\"", "\"camelHealth\"", "\"upstreams\"");
    }

    @Test
    void shouldServeMetricsAndFeedsWithoutLogin() {
        ResponseEntity<String> metrics = rest.getForEntity("/actuator/prometheus", String.class);
        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody()).contains("jvm_memory_used_bytes").contains("camel_");
        assertThat(rest.getForEntity("/feeds/none.atom", String.class).getStatusCode())
                .isNotIn(HttpStatus.UNAUTHORIZED, HttpStatus.FOUND, HttpStatus.FORBIDDEN);
    }

    @Test
    void shouldSendBrowsersToTheLoginPage() {
        ResponseEntity<String> page = rest.withRedirects(Redirects.DONT_FOLLOW).getForEntity("/admin", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(page.getHeaders().getLocation().getPath()).isEqualTo("/login");
    }

    @Test
    void shouldRefuseAFormPostWithoutCsrfToken() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", "admin");
        form.add("password", HubTestInitializer.ADMIN_PASSWORD);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> login = rest.exchange("/login", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
