package org.egovhub.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.egovhub.testing.HubTest;
import org.egovhub.testing.Queues;
import org.egovhub.testing.HubTestInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jms.core.JmsTemplate;

/** An administrator logs in with the form, sees the queues and replays a dead-letter queue; CSRF guards every POST. */
@HubTest
class AdminPagesIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JmsTemplate jms;

    @Autowired
    Queues queues;

    HttpClient browser;

    @BeforeEach
    void newBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void shouldLogInWithTheFormAndShowTheQueues() throws Exception {
        logIn("admin", HubTestInitializer.ADMIN_PASSWORD);
        jms.convertAndSend("admin.page.probe", "x");

        HttpResponse<String> page = get("/admin");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("消息队列", "admin.page.probe", "alert.mail");
    }

    @Test
    void shouldRejectAWrongPassword() throws Exception {
        HttpResponse<String> answer = postForm("/login", "username=admin&password=wrong&_csrf=" + csrfFrom("/login"));
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    @Test
    void shouldRefuseAReplayWithoutCsrfTokenAndReplayWithIt() throws Exception {
        logIn("admin", HubTestInitializer.ADMIN_PASSWORD);
        jms.convertAndSend("admin.replay.dlq", "{}", m -> {
            m.setStringProperty("HubOriginalQueue", "admin.replay");
            return m;
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> depth("admin.replay.dlq") == 1);

        HttpResponse<String> withoutToken = postForm("/admin/replay", "queue=admin.replay.dlq");
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(depth("admin.replay.dlq")).isEqualTo(1);

        HttpResponse<String> withToken = postForm("/admin/replay", "queue=admin.replay.dlq&_csrf=" + csrfFrom("/admin"));
        assertThat(withToken.statusCode()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(10)).until(() -> depth("admin.replay") == 1 && depth("admin.replay.dlq") == 0);
        assertThat(get("/admin").body()).contains("已将 1 条消息从 admin.replay.dlq 重放");
    }

    private void logIn(String user, String password) throws Exception {
        HttpResponse<String> answer = postForm("/login", "username=" + user + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrfFrom("/login"));
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
    }

    private String csrfFrom(String page) throws Exception {
        Matcher matcher = CSRF.matcher(get(page).body());
        assertThat(matcher.find()).as("CSRF token on " + page).isTrue();
        return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String path, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private long depth(String queue) {
        return queues.depth(queue);
    }
}
