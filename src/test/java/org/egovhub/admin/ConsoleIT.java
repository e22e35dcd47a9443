package org.egovhub.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Set;
import org.egovhub.platform.routes.RouteService;
import org.egovhub.security.Roles;
import org.egovhub.security.UserAccount;
import org.egovhub.security.UserAccounts;
import org.egovhub.testing.Api;
import org.egovhub.testing.Browser;
import org.egovhub.testing.HubTest;
import org.egovhub.testing.HubTestInitializer;
import org.egovhub.testing.Queues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jms.core.JmsTemplate;

/** The routes, users, audit and home pages in a real browser, what a VIEWER is offered, and that no page or answer shows an ID or phone number. */
@HubTest
class ConsoleIT {

    private static final String ROUTE = "alert-mail";
    private static final String CITIZEN_ID = "11010119900307777X";
    private static final String PHONE = "13812345678";

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JmsTemplate jms;

    @Autowired
    Queues queues;

    @Autowired
    UserAccounts accounts;

    @Autowired
    RouteService routes;

    @BeforeEach
    void hub() {
        browser.at(port);
        accounts.save(new UserAccount("console-viewer", "console-viewer-password", Set.of(Roles.VIEWER), true));
    }

    @Test
    void shouldListRoutesAndLetAnAdminStopAndStartOne() {
        try {
            browser.logIn("admin", HubTestInitializer.ADMIN_PASSWORD).open("/admin/routes");
            String row = "tr[data-key='" + ROUTE + "']";
            assertThat(browser.find(row + " td[data-field=state]").getText()).isEqualTo("Started");

            browser.submitConfirmed(browser.find(row + " form.stop button"), "stopped");

            assertThat(browser.find("#message").getText()).isEqualTo("已停止路由 " + ROUTE);
            assertThat(browser.find(row + " td[data-field=state]").getText()).isEqualTo("Stopped");
            browser.submitConfirmed(browser.find(row + " form.start button"), "started");
            assertThat(browser.find(row + " td[data-field=state]").getText()).isEqualTo("Started");

            browser.open("/admin/audit");
            assertThat(browser.findAll("tr.entry")).anySatisfy(e -> assertThat(e.getText()).contains("admin", "route.stop", ROUTE));
            assertThat(browser.findAll("tr.entry")).anySatisfy(e -> assertThat(e.getText()).contains("admin", "route.start", ROUTE));
        } finally {
            routes.start(ROUTE, "test");
        }
    }

    @Test
    void shouldAnswerTheRoutesApi() {
        JsonNode all = Api.json(new Api(rest).as("console-viewer", "console-viewer-password", HttpMethod.GET, "/api/admin/routes", null)
                .getBody());
        JsonNode route = null;
        for (JsonNode r : all) {
            if (r.get("id").asText().equals(ROUTE)) {
                route = r;
            }
        }
        assertThat(route).isNotNull();
        assertThat(route.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("id", "state", "exchangesTotal", "exchangesFailed", "meanMillis", "lastError");
        assertThat(route.get("state").asText()).isEqualTo("Started");
    }

    @Test
    void shouldOfferAViewerNoStopAndAnswer403() {
        browser.logIn("console-viewer", "console-viewer-password").open("/admin/routes");
        assertThat(browser.findAll("tr[data-key='" + ROUTE + "']")).hasSize(1);
        assertThat(browser.findAll("form.stop, form.start")).isEmpty();
        assertThat(browser.findAll("header nav a[href='/admin/users']")).isEmpty();

        Api api = new Api(rest);
        for (String path : new String[] {"/api/admin/routes/" + ROUTE + "/stop", "/api/admin/routes/no-such-route/stop",
                "/api/admin/routes/no-such-route/start"}) {
            assertThat(api.as("console-viewer", "console-viewer-password", HttpMethod.POST, path, null).getStatusCode().value())
                    .as(path).isEqualTo(403);
        }
        assertThat(api.as("console-viewer", "console-viewer-password", HttpMethod.GET, "/api/admin/users", null).getStatusCode().value())
                .isEqualTo(403);
        assertThat(routes.list()).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo(ROUTE);
            assertThat(r.state()).isEqualTo("Started");
        });
    }

    @Test
    void shouldAddAUserChangeItsRoleAndDisableIt() {
        browser.logIn("admin", HubTestInitializer.ADMIN_PASSWORD).open("/admin/users");
        browser.find("#add-user input[name=username]").sendKeys("console-new");
        browser.find("#add-user input[name=password]").sendKeys("console-new-password");
        browser.submitConfirmed(browser.find("#add-user button"), "user-added");
        String row = "tr.user[data-username='console-new']";
        assertThat(browser.find(row + " .roles").getText()).isEqualTo("VIEWER");

        new org.openqa.selenium.support.ui.Select(browser.find(row + " form.role select")).selectByValue("REVIEWER");
        browser.submitConfirmed(browser.find(row + " form.role button"), "role-changed");
        assertThat(browser.find(row + " .roles").getText()).isEqualTo("REVIEWER");
        browser.submitConfirmed(browser.find(row + " form.enabled button"), "disabled");
        assertThat(browser.find(row + " .state").getText()).isEqualTo("已停用");

        assertThat(accounts.find("console-new").enabled()).isFalse();
        String audit = new Api(rest).admin(HttpMethod.GET, "/api/admin/audit?size=200", null).getBody();
        assertThat(audit).contains("\"action\":\"user.add\"", "\"action\":\"user.change\"", "\"target\":\"console-new\"")
                .doesNotContain("console-new-password");
    }

    @Test
    void shouldShowNoIdOrPhoneNumberOnAnyPageOrAnswer() {
        jms.convertAndSend("console.privacy", "{\"id\":\"" + CITIZEN_ID + "\",\"phone\":\"" + PHONE + "\"}");
        jms.convertAndSend("console.privacy.dlq", "{\"id\":\"" + CITIZEN_ID + "\"}", m -> {
            m.setStringProperty("HubFailureCause", "bad id " + CITIZEN_ID + " phone " + PHONE);
            m.setStringProperty("HubFailureKind", "refused");
            m.setStringProperty("Applicant", CITIZEN_ID);
            return m;
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> queues.depth("console.privacy.dlq") == 1);
        String id = Api.json(new Api(rest).admin(HttpMethod.GET, "/api/admin/queues/console.privacy.dlq/messages", null).getBody())
                .get("messages").get(0).get("id").asText();

        browser.logIn("admin", HubTestInitializer.ADMIN_PASSWORD);
        for (String page : new String[] {"/admin", "/admin/queues", "/admin/queues/console.privacy", "/admin/queues/console.privacy.dlq",
                "/admin/queues/console.privacy.dlq/messages/" + id + "/download", "/admin/routes", "/admin/reconcile", "/admin/audit", "/admin/users"}) {
            browser.open(page);
            assertThat(browser.pageSource()).as(page).doesNotContain(CITIZEN_ID, PHONE);
        }
        Api api = new Api(rest);
        for (String path : new String[] {"/api/admin/queues", "/api/admin/queues/console.privacy/messages",
                "/api/admin/queues/console.privacy.dlq/messages", "/api/admin/routes", "/api/admin/audit"}) {
            assertThat(api.admin(HttpMethod.GET, path, null).getBody()).as(path).doesNotContain(CITIZEN_ID, PHONE);
        }
    }
}
