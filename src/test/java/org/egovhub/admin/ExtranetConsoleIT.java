package org.egovhub.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.egovhub.extranet.ExtranetService;
import org.egovhub.extranet.channel.Mode;
import org.egovhub.extranet.journal.Journal;
import org.egovhub.security.Roles;
import org.egovhub.security.UserAccount;
import org.egovhub.security.UserAccounts;
import org.egovhub.testing.Api;
import org.egovhub.testing.Browser;
import org.egovhub.testing.HubTest;
import org.egovhub.testing.HubTestInitializer;
import org.egovhub.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The extranet page in a real browser on the shared test hub (its test channels): switching a
 * channel's mode into the audit log, pausing and resuming, the overdue 双公示 records, what a VIEWER
 * is offered, CSRF, and the empty repost page of a hub without sources.
 */
@HubTest
class ExtranetConsoleIT {

    private static final String CHANNEL = "t-person";

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ExtranetService extranet;

    @Autowired
    Journal journal;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    TestClock clock;

    @BeforeEach
    void hub() {
        browser.at(port);
        accounts.save(new UserAccount("extranet-viewer", "extranet-viewer-password", Set.of(Roles.VIEWER), true));
    }

    @Test
    void shouldSwitchAChannelsModeAndSeeItInTheAuditLog() {
        Mode before = mode(CHANNEL);
        Mode to = before == Mode.DUAL ? Mode.LEGACY : Mode.DUAL;
        try {
            browser.logIn("admin", HubTestInitializer.ADMIN_PASSWORD).open("/admin/extranet");
            String row = "tr.channel[data-key='" + CHANNEL + "']";
            assertThat(browser.find(row + " .mode").getText()).isEqualTo(before.label());
            new Select(browser.find(row + " form.mode select")).selectByValue(to.name());
            browser.submitConfirmed(browser.find(row + " form.mode button"), "switched");

            assertThat(browser.find("#message").getText()).isEqualTo("已将通道 " + CHANNEL + " 切换为" + to.label());
            assertThat(browser.find(row + " .mode").getText()).isEqualTo(to.label());
            assertThat(mode(CHANNEL)).isEqualTo(to);
            browser.open("/admin/audit");
            assertThat(browser.findAll("tr.entry")).anySatisfy(e -> assertThat(e.getText())
                    .contains("admin", "extranet.mode", CHANNEL, before.name(), to.name()));
        } finally {
            extranet.switchMode(CHANNEL, before, "test");
        }
    }

    @Test
    void shouldPauseAndResumeAChannel() {
        String channel = "t-outage";
        try {
            browser.logIn("admin", HubTestInitializer.ADMIN_PASSWORD).open("/admin/extranet");
            String row = "tr.channel[data-key='" + channel + "']";
            browser.submitConfirmed(browser.find(row + " form.pause button"), "paused");
            assertThat(browser.find("#message").getText()).isEqualTo("已暂停通道 " + channel);
            assertThat(browser.find(row + " .run").getText()).isEqualTo("已暂停");
            assertThat(browser.findAll(row + " form.pause")).isEmpty();

            browser.submitConfirmed(browser.find(row + " form.resume button"), "resumed");
            assertThat(browser.find(row + " .run").getText()).isEqualTo("运行中");
            String audit = new Api(rest).admin(HttpMethod.GET, "/api/admin/audit?size=200", null).getBody();
            assertThat(audit).contains("\"action\":\"extranet.pause\"", "\"action\":\"extranet.resume\"", "\"target\":\"" + channel + "\"");
        } finally {
            if (extranet.channels().stream().anyMatch(c -> c.id().equals(channel) && c.paused())) {
                extranet.resume(channel, "test");
            }
        }
    }

    @Test
    void shouldListTheOverdueDisclosureRecords() {
        LocalDate today = LocalDate.now(clock);
        try {
            journal.received("t-licence", "console-overdue-late", "legacy", "licence", "PENDING", "{}", today.minusDays(30), null);
            journal.received("t-licence", "console-overdue-fresh", "legacy", "licence", "PENDING", "{}", today.minusDays(1), null);
            journal.received("t-licence", "console-overdue-delivered", "legacy", "licence", "PENDING", "{}", today.minusDays(30), null);
            journal.delivered("t-licence", "console-overdue-delivered", "legacy", 1, 200);

            browser.logIn("extranet-viewer", "extranet-viewer-password").open("/admin/extranet");

            assertThat(browser.findAll("tr.overdue")).extracting(r -> r.getDomAttribute("data-stable-id")).containsExactly("console-overdue-late");
            String row = "tr.overdue[data-stable-id='console-overdue-late']";
            assertThat(browser.find(row + " .decision-date").getText()).isEqualTo(today.minusDays(30).toString());
            assertThat(browser.find(row + " .status").getText()).isEqualTo("投递中");
            assertThat(LocalDate.parse(browser.find(row + " .deadline").getText())).isAfter(today.minusDays(30).plusDays(6)).isBefore(today);
            assertThat(browser.find("tr.channel[data-key='t-licence'] [data-field=overdue]").getText()).isEqualTo("1");
            assertThat(Api.json(new Api(rest).as("extranet-viewer", "extranet-viewer-password", HttpMethod.GET, "/api/extranet/overdue", null)
                    .getBody()).get(0).get("entry").get("stableId").asText()).isEqualTo("console-overdue-late");
        } finally {
            jdbc.update("delete from extranet_journal where stable_id like 'console-overdue-%'");
        }
    }

    @Test
    void shouldOfferAViewerNoSwitchOrPauseAndAnswer403() {
        Mode before = mode(CHANNEL);
        browser.logIn("extranet-viewer", "extranet-viewer-password").open("/admin/extranet");
        assertThat(browser.findAll("tr.channel[data-key='" + CHANNEL + "']")).hasSize(1);
        assertThat(browser.findAll("form.mode, form.pause, form.resume")).isEmpty();
        assertThat(browser.findAll("header nav a")).extracting(a -> a.getText()).contains("信息转载", "外网迁移");

        Api api = new Api(rest);
        for (String path : new String[] {"/api/extranet/channels/" + CHANNEL + "/mode", "/api/extranet/channels/no-such-channel/mode",
                "/api/extranet/channels/" + CHANNEL + "/pause", "/api/extranet/channels/no-such-channel/resume"}) {
            assertThat(api.as("extranet-viewer", "extranet-viewer-password", HttpMethod.POST, path, "{\"mode\":\"extranet\"}")
                    .getStatusCode().value()).as(path).isEqualTo(403);
        }
        assertThat(mode(CHANNEL)).isEqualTo(before);
    }

    @Test
    void shouldRefuseAModeSwitchPostedWithoutTheCsrfToken() {
        Mode before = mode(CHANNEL);
        browser.logIn("admin", HubTestInitializer.ADMIN_PASSWORD).open("/admin/extranet");
        assertThat(browser.findAll("form[method=post]")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.postFormsWithoutCsrfToken()).isEmpty();
        assertThat(browser.postWithoutCsrfToken("/admin/extranet/channels/" + CHANNEL + "/mode", "mode=extranet")).isEqualTo(403);
        assertThat(browser.postWithoutCsrfToken("/admin/extranet/channels/" + CHANNEL + "/pause", "")).isEqualTo(403);
        assertThat(mode(CHANNEL)).isEqualTo(before);
    }

    @Test
    void shouldShowNoIdOrPhoneNumberOnThePages() {
        journal.received("t-person", "console-privacy", "legacy", "person", "FAILED", "{}", null,
                "target refused 11010119900307777X, phone 13812345678");
        try {
            browser.logIn("admin", HubTestInitializer.ADMIN_PASSWORD);
            for (String page : new String[] {"/admin/extranet", "/admin/repost"}) {
                browser.open(page);
                assertThat(browser.pageSource()).as(page).doesNotContain("11010119900307777X", "13812345678");
            }
            assertThat(new Api(rest).admin(HttpMethod.GET, "/api/extranet/channels", null).getBody())
                    .doesNotContain("11010119900307777X", "13812345678");
        } finally {
            jdbc.update("delete from extranet_journal where stable_id = 'console-privacy'");
        }
    }

    @Test
    void shouldAnswer200WithNoDataOnTheRepostPageOfAHubWithoutSources() {
        browser.logIn("extranet-viewer", "extranet-viewer-password").open("/admin/repost");
        assertThat(browser.find("h2").getText()).isEqualTo("信息转载");
        for (String empty : new String[] {"#no-held", "#no-recent", "#no-stats", "#no-sources"}) {
            assertThat(browser.find(empty).getText()).as(empty).isEqualTo("暂无数据");
        }
        browser.open("/admin/extranet");
        assertThat(browser.find("#no-overdue").getText()).isEqualTo("暂无数据");
    }

    private Mode mode(String channel) {
        return extranet.channels().stream().filter(c -> c.id().equals(channel)).findFirst().orElseThrow().mode();
    }
}
