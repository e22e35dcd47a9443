package org.egovhub.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.egovhub.platform.tables.Tables;
import org.egovhub.repost.RepostProperties;
import org.egovhub.repost.RepostService;
import org.egovhub.repost.review.HeldItem;
import org.egovhub.security.Roles;
import org.egovhub.security.UserAccount;
import org.egovhub.security.UserAccounts;
import org.egovhub.testing.Api;
import org.egovhub.testing.Browser;
import org.egovhub.testing.FixtureServer;
import org.egovhub.testing.FixtureServer.Reply;
import org.egovhub.testing.HubTest;
import org.egovhub.testing.HubTestInitializer;
import org.egovhub.testing.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The repost page in a real browser against recorded-style pages on a local server: a held item's
 * masked body with its markers, approval into the district feed and drop, the yearly table and its
 * workbook, polling a source now, what a VIEWER and a REVIEWER are offered, and CSRF.
 */
@HubTest
class RepostConsoleIT {

    static final FixtureServer UPSTREAM = FixtureServer.start();
    static final String[] SOURCES = {"console-approve", "console-viewer", "console-reviewer", "console-csrf", "console-quiet"};
    private static final String CITIZEN_ID = "11010119900307777X";
    private static final String PHONE = "13812345678";

    @RegisterExtension
    static final Browser browser = new Browser();

    @DynamicPropertySource
    static void sources(DynamicPropertyRegistry registry) throws IOException {
        Path file = Files.createTempFile("console-sources-", ".yml");
        StringBuilder yml = new StringBuilder("sources:\n");
        for (String id : SOURCES) {
            yml.append("  - id: ").append(id).append("\n    name: 控制台测试 ").append(id).append("\n    level: provincial")
                    .append("\n    category: 要闻\n    kind: list-page\n    url: ").append(UPSTREAM.url("/lists/" + id + ".html"))
                    .append("\n    poll-interval: 1h\n    column: 上级要闻\n").append(id.equals("console-quiet") ? "    silent-after: 1h\n" : "");
        }
        Files.writeString(file, yml);
        registry.add("hub.repost.sources-file", file::toString);
    }

    @AfterAll
    static void stop() {
        UPSTREAM.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RepostService repost;

    @Autowired
    RepostProperties properties;

    @Autowired
    UserAccounts accounts;

    @Autowired
    TestClock clock;

    @BeforeEach
    void hub() {
        browser.at(port);
        accounts.save(new UserAccount("repost-viewer", "repost-viewer-password", Set.of(Roles.VIEWER), true));
        accounts.save(new UserAccount("repost-reviewer", "repost-reviewer-password", Set.of(Roles.REVIEWER), true));
    }

    @Test
    void shouldApproveAHeldItemFromThePageAndPublishItToTheFeed() throws IOException {
        String title = "关于控制台审核的通知";
        OffsetDateTime published = upstream("console-approve", title);
        browser.logIn("admin", HubTestInitializer.ADMIN_PASSWORD).open("/admin/repost");
        browser.submitConfirmed(browser.find("tr.source[data-id=console-approve] form.poll button"), "polled");
        assertThat(browser.find("#message").getText()).isEqualTo("已抓取转载源 console-approve");
        HeldItem held = held("console-approve");

        browser.open("/admin/repost");
        String row = "tr.held[data-id='" + held.id() + "']";
        assertThat(browser.find(row + " a.title").getText()).isEqualTo(title);
        assertThat(browser.findAll(row + " mark")).extracting(e -> e.getText()).containsExactly("内部资料");
        assertThat(browser.find(row + " .body").getText()).contains("联系电话 138****5678", "身份证 110101********777X");
        assertThat(browser.pageSource()).doesNotContain(CITIZEN_ID, PHONE);
        browser.find(row + " form.approve input[name=reason]").sendKeys("保密审查通过");
        browser.submitConfirmed(browser.find(row + " form.approve button"), "approved");

        assertThat(browser.find("#message").getText()).isEqualTo("已通过审核：" + title + "（第 1 版），正在发布");
        assertThat(browser.findAll(row)).isEmpty();
        await().atMost(Duration.ofSeconds(30)).until(() -> published(held.id()));
        assertThat(Files.readString(properties.dropDirectory().resolve(held.id() + "-v1.json"))).contains(title);
        browser.open("/feeds/repost.atom");
        assertThat(browser.pageSource()).as("the Atom feed, shown as text").contains("&lt;title&gt;" + title + "&lt;/title&gt;");

        browser.open("/admin/repost?year=" + published.getYear());
        assertThat(browser.find("tr.item[data-id='" + held.id() + "'] .status").getText()).isEqualTo("已发布");
        assertThat(browser.findAll("#stats tr.stat")).anySatisfy(r -> assertThat(r.getText()).isEqualTo("省级 console-approve 要闻 1"));
        browser.open("/admin/audit");
        assertThat(browser.findAll("tr.entry")).anySatisfy(e -> assertThat(e.getText()).contains("admin", "repost.approve", held.id(), "保密审查通过"));
        assertThat(browser.findAll("tr.entry")).anySatisfy(e -> assertThat(e.getText()).contains("admin", "repost.poll", "console-approve"));
    }

    @Test
    void shouldDownloadTheYearlyTableAsAWorkbook() throws IOException {
        int year = OffsetDateTime.now(clock).getYear();
        var answer = new Api(rest).as("repost-viewer", "repost-viewer-password", HttpMethod.GET, "/api/repost/stats.xlsx?year=" + year, null);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getHeaders().getContentDisposition().getFilename()).isEqualTo("repost-" + year + ".xlsx");
        byte[] workbook = rest.withBasicAuth("repost-viewer", "repost-viewer-password")
                .getForObject("/api/repost/stats.xlsx?year=" + year, byte[].class);
        List<List<String>> rows = Tables.xlsx(workbook);
        assertThat(rows.get(0)).containsExactly("门户层级", "来源", "栏目分类", "转载条数");
        assertThat(new Api(rest).as("repost-viewer", "repost-viewer-password", HttpMethod.GET, "/api/repost/stats.xlsx?year=1999", null)
                .getStatusCode().value()).isEqualTo(400);
        browser.logIn("repost-viewer", "repost-viewer-password").open("/admin/repost?year=" + year);
        assertThat(browser.find("#stats-download").getDomAttribute("href")).isEqualTo("/api/repost/stats.xlsx?year=" + year);
    }

    @Test
    void shouldOfferAViewerNoReviewOrPollAndAnswer403() {
        upstream("console-viewer", "观察员可见的通知");
        repost.pollNow("console-viewer", "test");
        HeldItem held = held("console-viewer");

        browser.logIn("repost-viewer", "repost-viewer-password").open("/admin/repost");
        assertThat(browser.findAll("tr.held[data-id='" + held.id() + "']")).hasSize(1);
        assertThat(browser.findAll("form.approve, form.reject, form.poll")).isEmpty();
        assertThat(browser.pageSource()).doesNotContain(CITIZEN_ID, PHONE);

        Api api = new Api(rest);
        for (String path : new String[] {"/api/repost/items/" + held.id() + "/approve", "/api/repost/items/no-such-item/reject",
                "/api/repost/sources/console-viewer/poll", "/api/repost/sources/no-such-source/poll"}) {
            assertThat(api.as("repost-viewer", "repost-viewer-password", HttpMethod.POST, path, "{\"reason\":\"x\"}")
                    .getStatusCode().value()).as(path).isEqualTo(403);
        }
        assertThat(api.as("repost-reviewer", "repost-reviewer-password", HttpMethod.POST, "/api/repost/sources/console-viewer/poll", null)
                .getStatusCode().value()).as("a reviewer does not poll").isEqualTo(403);
        assertThat(status(held.id())).isEqualTo("HELD");
    }

    @Test
    void shouldOfferAReviewerApproveAndRejectButNoPoll() {
        upstream("console-reviewer", "审核员驳回的通知");
        repost.pollNow("console-reviewer", "test");
        HeldItem held = held("console-reviewer");

        browser.logIn("repost-reviewer", "repost-reviewer-password").open("/admin/repost");
        String row = "tr.held[data-id='" + held.id() + "']";
        assertThat(browser.findAll("form.poll")).isEmpty();
        browser.find(row + " form.reject input[name=reason]").sendKeys("非本区转载范围");
        browser.submitConfirmed(browser.find(row + " form.reject button"), "rejected");

        assertThat(browser.find("#message").getText()).isEqualTo("已驳回：审核员驳回的通知");
        assertThat(status(held.id())).isEqualTo("REJECTED");
        assertThat(new Api(rest).admin(HttpMethod.GET, "/api/admin/audit?size=200", null).getBody())
                .contains("\"action\":\"repost.reject\"", "\"actor\":\"repost-reviewer\"", "\"target\":\"" + held.id() + "\"");
    }

    @Test
    void shouldRefuseAReviewPostedWithoutTheCsrfToken() {
        upstream("console-csrf", "跨站请求测试通知");
        repost.pollNow("console-csrf", "test");
        HeldItem held = held("console-csrf");

        browser.logIn("admin", HubTestInitializer.ADMIN_PASSWORD).open("/admin/repost");
        assertThat(browser.findAll("form[method=post]")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.postFormsWithoutCsrfToken()).isEmpty();
        assertThat(browser.postWithoutCsrfToken("/admin/repost/items/" + held.id() + "/approve", "reason=forged")).isEqualTo(403);
        assertThat(browser.postWithoutCsrfToken("/admin/repost/sources/console-csrf/poll", "")).isEqualTo(403);
        assertThat(status(held.id())).isEqualTo("HELD");
    }

    @Test
    void shouldShowASourceSilentTooLong() {
        browser.logIn("admin", HubTestInitializer.ADMIN_PASSWORD).open("/admin/repost");
        assertThat(browser.find("tr.source[data-id=console-quiet] .state").getText()).isEqualTo("正常");
        clock.advance(Duration.ofHours(2));
        browser.open("/admin/repost");
        assertThat(browser.find("tr.source[data-id=console-quiet] .state").getText()).isEqualTo("长时间无更新");
        assertThat(browser.find("tr.source[data-id=console-approve] .state").getText()).as("no silent-after").isNotEqualTo("长时间无更新");
    }

    /** The source's list with one item whose page carries a review marker, an ID and a phone number. */
    private OffsetDateTime upstream(String source, String title) {
        OffsetDateTime published = OffsetDateTime.now(clock).minusHours(1);
        String list = "<html><head><meta charset=\"utf-8\"><title>列表</title></head><body><div class=\"list\"><ul>"
                + "<li><a href=\"/pages/" + source + ".html\" title=\"" + title + "\">" + title + "</a><span>"
                + published.toLocalDate() + "</span></li></ul></div></body></html>";
        UPSTREAM.respond("/lists/" + source + ".html", Reply.ok("text/html", list.getBytes(StandardCharsets.UTF_8)));
        String page = "<html><head><meta charset=\"utf-8\"><meta name=\"ArticleTitle\" content=\"" + title + "\">"
                + "<meta name=\"PubDate\" content=\"" + published.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + "\">"
                + "<meta name=\"ContentSource\" content=\"县政府办公室\"><title>" + title + "</title></head><body>"
                + "<div class=\"TRS_Editor\"><p>本文件为内部资料，请勿外传。联系电话 " + PHONE + "，身份证 " + CITIZEN_ID + "。</p></div></body></html>";
        UPSTREAM.respond("/pages/" + source + ".html", Reply.ok("text/html", page.getBytes(StandardCharsets.UTF_8)));
        return published;
    }

    private HeldItem held(String source) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> repost.reviewQueue(100).stream().filter(h -> h.sourceId().equals(source)).findFirst().orElse(null), h -> h != null);
    }

    private String status(String id) {
        return repost.items(null, null, null, null, 0, 500).stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().status();
    }

    private boolean published(String id) {
        return "PUBLISHED".equals(status(id));
    }
}
