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
import java.util.Base64;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.egovhub.security.Roles;
import org.egovhub.security.UserAccount;
import org.egovhub.security.UserAccounts;
import org.egovhub.testing.HubTest;
import org.egovhub.testing.HubTestInitializer;
import org.egovhub.testing.Queues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jms.core.JmsTemplate;

/**
 * The console over plain HTTP as a browser sends it: the form login, one session for pages and
 * API, CSRF on every change a session sends (none for Basic clients), roles from URL and method,
 * and errors as the Chinese page in the console's layout.
 */
@HubTest
class AdminPagesIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JmsTemplate jms;

    @Autowired
    Queues queues;

    @Autowired
    UserAccounts accounts;

    HttpClient browser;

    @BeforeEach
    void newBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        accounts.save(new UserAccount("pages-viewer", "pages-viewer-password", Set.of(Roles.VIEWER), true));
    }

    @Test
    void shouldLogInWithTheFormAndLandOnTheConsole() throws Exception {
        logIn("admin", HubTestInitializer.ADMIN_PASSWORD);
        jms.convertAndSend("admin.page.probe", "x");

        HttpResponse<String> root = get("/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
        assertThat(get("/admin").body()).contains("平台概况", "消息队列");
        HttpResponse<String> page = get("/admin/queues");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("消息队列", "admin.page.probe", "alert.mail");
    }

    @Test
    void shouldSendAnAnonymousVisitorToTheLogin() throws Exception {
        HttpResponse<String> answer = get("/admin/queues");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void shouldRejectAWrongPassword() throws Exception {
        HttpResponse<String> answer = postForm("/login", "username=admin&password=wrong&_csrf=" + csrfFrom("/login"));
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    @Test
    void shouldRefuseAPageReplayWithoutCsrfTokenAndReplayWithIt() throws Exception {
        logIn("admin", HubTestInitializer.ADMIN_PASSWORD);
        deadLetter("admin.replay.dlq", "admin.replay");

        HttpResponse<String> withoutToken = postForm("/admin/queues/admin.replay.dlq/replay-all", "");
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("无权访问").doesNotContain("Whitelabel");
        assertThat(queues.depth("admin.replay.dlq")).isEqualTo(1);

        HttpResponse<String> withToken = postForm("/admin/queues/admin.replay.dlq/replay-all", "_csrf=" + csrfFrom("/admin/queues"));
        assertThat(withToken.statusCode()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(10)).until(() -> queues.depth("admin.replay") == 1 && queues.depth("admin.replay.dlq") == 0);
        assertThat(get("/admin/queues/admin.replay.dlq").body()).contains("已将 1 条消息从 admin.replay.dlq 重放");
    }

    @Test
    void shouldProtectEveryStateChangingFormWithTheCsrfToken() throws Exception {
        logIn("admin", HubTestInitializer.ADMIN_PASSWORD);
        deadLetter("admin.forms.dlq", "admin.forms");
        for (String page : new String[] {"/admin/queues", "/admin/queues/admin.forms.dlq", "/admin"}) {
            String html = get(page).body();
            Matcher forms = Pattern.compile("<form[^>]*method=\"post\"[^>]*>(.*?)</form>", Pattern.DOTALL).matcher(html);
            int seen = 0;
            while (forms.find()) {
                seen++;
                assertThat(forms.group(1)).as("a form on " + page).contains("name=\"_csrf\"");
            }
            assertThat(seen).as("forms on " + page).isPositive();
        }
    }

    @Test
    void shouldLetASessionCallTheApiWithItsCsrfTokenForAChange() throws Exception {
        logIn("admin", HubTestInitializer.ADMIN_PASSWORD);
        deadLetter("admin.session.dlq", "admin.session");

        HttpResponse<String> list = get("/api/admin/queues");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"name\":\"admin.session.dlq\"");

        HttpResponse<String> withoutToken = send(HttpRequest.newBuilder(uri("/api/admin/queues/admin.session.dlq/replay-all"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(queues.depth("admin.session.dlq")).isEqualTo(1);

        Matcher meta = CSRF_META.matcher(get("/admin/queues").body());
        assertThat(meta.find()).isTrue();
        HttpResponse<String> withToken = send(HttpRequest.newBuilder(uri("/api/admin/queues/admin.session.dlq/replay-all"))
                .header("X-CSRF-TOKEN", meta.group(1)).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(200);
        assertThat(withToken.body()).contains("\"moved\":1");
    }

    @Test
    void shouldLetABasicClientChangeWithoutCsrfOrSession() throws Exception {
        deadLetter("admin.basic.dlq", "admin.basic");
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/admin/queues/admin.basic.dlq/replay-all"))
                .header("Authorization", basic("admin", HubTestInitializer.ADMIN_PASSWORD)).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void shouldAnswer401ToAChangeWithoutCredentials() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/admin/queues/admin.none.dlq/replay-all"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(answer.statusCode()).isEqualTo(401);
    }

    @Test
    void shouldRefuseAViewerEveryChangeEvenToAnUnknownId() throws Exception {
        for (String[] call : new String[][] {{"POST", "/api/admin/queues/no.such.dlq/messages/ID:nothing/replay"},
                {"POST", "/api/admin/queues/no.such.dlq/replay-all"}, {"DELETE", "/api/admin/queues/no.such/messages/ID:nothing"},
                {"GET", "/api/admin/audit"}}) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(call[1]))
                    .header("Authorization", basic("pages-viewer", "pages-viewer-password"))
                    .method(call[0], HttpRequest.BodyPublishers.noBody()));
            assertThat(answer.statusCode()).as(call[0] + " " + call[1]).isEqualTo(403);
        }
        logIn("pages-viewer", "pages-viewer-password");
        String token = csrfFrom("/admin/queues");
        for (String path : new String[] {"/admin/queues/no.such.dlq/replay-all", "/admin/queues/no.such.dlq/messages/ID:x/replay",
                "/admin/queues/no.such/messages/ID:x/delete"}) {
            HttpResponse<String> answer = postForm(path, "_csrf=" + token);
            assertThat(answer.statusCode()).as(path).isEqualTo(403);
            assertThat(answer.body()).contains("无权访问");
        }
        assertThat(get("/admin/audit").statusCode()).isEqualTo(403);
    }

    @Test
    void shouldAnswerErrorsWithTheChinesePageInTheConsoleLayout() throws Exception {
        logIn("admin", HubTestInitializer.ADMIN_PASSWORD);
        HttpResponse<String> unknownPage = get("/admin/no-such-page");
        assertThat(unknownPage.statusCode()).isEqualTo(404);
        assertThat(unknownPage.body()).contains("页面不存在", "政务数据集成平台", "退出").doesNotContain("Whitelabel");

        HttpResponse<String> unknownQueue = get("/admin/queues/no.such.queue");
        assertThat(unknownQueue.statusCode()).isEqualTo(404);
        assertThat(unknownQueue.body()).contains("页面不存在", "No queue no.such.queue").doesNotContain("Whitelabel");

        HttpResponse<String> badMessage = postForm("/admin/queues/admin.page.errors/messages/ID:x/replay", "_csrf=" + csrfFrom("/admin"));
        assertThat(badMessage.statusCode()).isIn(404, 409);
        assertThat(badMessage.body()).contains("政务数据集成平台").doesNotContain("Whitelabel");
    }

    private void deadLetter(String queue, String original) {
        jms.convertAndSend(queue, "{}", m -> {
            m.setStringProperty("HubOriginalQueue", original);
            m.setStringProperty("HubFailureKind", "failed");
            return m;
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> queues.depth(queue) == 1);
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

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> postForm(String path, String form) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Sends as a browser does: pages accept HTML, the console's scripts JSON. */
    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpRequest built = request.build();
        boolean api = built.uri().getPath().startsWith("/api/");
        return browser.send(request.header("Accept", api ? "application/json" : "text/html,application/xhtml+xml").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
