package org.egovhub.sitehealth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.egovhub.testing.Mails.attachment;
import static org.egovhub.testing.Mails.attachmentName;
import static org.egovhub.testing.Mails.recipient;
import static org.egovhub.testing.Mails.subject;
import static org.egovhub.testing.Mails.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.egovhub.platform.stage.StageResult;
import org.egovhub.platform.stage.StageSender;
import org.egovhub.security.Roles;
import org.egovhub.security.UserAccount;
import org.egovhub.security.UserAccounts;
import org.egovhub.sitehealth.hub.SiteTriggers;
import org.egovhub.testing.Api;
import org.egovhub.testing.FixtureServer.Reply;
import org.egovhub.testing.FreePort;
import org.egovhub.testing.HubTest;
import org.egovhub.testing.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole hub watching a local site (the test site of {@link SiteCheckTest}): probes on the test
 * clock, runs requested through the API, runs and findings read back exactly, the alert mailed
 * once to the editors and the administrators (not again on a second run, not for a fixed finding,
 * again when a fixed finding is back), the XLSX report, the metrics, and who may do what.
 */
@HubTest
class SiteHealthHubIT {

    static final int SMTP_PORT = FreePort.find();
    /** Never: the test starts every run and probe itself. */
    static final String NEVER = "0 0 0 1 1 ? 2099";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    static final LocalSite local = new LocalSite("site");

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        Path file = Files.createTempFile("site-", ".yml");
        Files.writeString(file, local.siteFile(100) + "editors: [editor@example.gov.cn]\n", StandardCharsets.UTF_8);
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("hub.alert.administrators", () -> "admin@example.gov.cn");
        registry.add("hub.site.file", file::toString);
        registry.add("hub.site.link-timeout", () -> "1s");
        registry.add("hub.site.probe-timeout", () -> "2s");
        registry.add("hub.site.external-host-delay", () -> "0s");
        registry.add("hub.site.schedule.crawl", () -> NEVER);
        registry.add("hub.site.schedule.probe", () -> NEVER);
    }

    @AfterAll
    static void stopSite() {
        local.close();
    }

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TestClock clock;

    @Autowired
    SiteTriggers triggers;

    @Autowired
    StageSender sender;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAccounts accounts;

    @Test
    void shouldCheckTheSiteThroughTheApiAndAlertEachFindingOnceUntilFixed() throws Exception {
        String base = local.site.baseUrl();
        String home = base + "/index.html";
        // 20 probes an hour apart on the test clock, the 5th and the 12th while the homepage answers 503
        clock.set(Instant.parse("2018-03-31T05:30:00Z"));
        for (int i = 1; i <= 20; i++) {
            local.homepageDown.set(i == 5 || i == 12);
            probe(i);
            clock.advance(Duration.ofHours(1));
        }
        local.homepageDown.set(false);
        clock.set(Instant.parse("2018-04-01T02:00:00Z")); // 2018-04-01 10:00 in Shanghai, the test site's run date

        JsonNode first = runToTheEnd();

        assertThat(first.get("status").asText()).isEqualTo("done");
        assertThat(first.get("requestedBy").asText()).isEqualTo("admin");
        assertThat(first.get("verdict").asText()).isEqualTo("veto");
        assertThat(first.get("verdictLabel").asText()).isEqualTo("单项否决风险");
        assertThat(checks(first)).containsExactly("homepage-stale 15 10 14 veto", "stale-columns 3 3 5 warn",
                "long-stale-columns 0 6 10 pass", "blank-columns 2 3 5 pass", "broken-links 7 1 null warn", "wording 2 1 1 veto",
                "unreachable 10 1 5 warn");
        assertThat(first.get("findings").asInt()).isEqualTo(16);
        assertThat(first.get("newFindings").asInt()).isEqualTo(16);
        assertThat(first.get("fixedFindings").asInt()).isZero();
        long id = first.get("id").asLong();
        assertThat(lines(get("/api/site/runs/" + id + "/findings?kind=broken-link"), "url", "page", "status", "new")).containsExactlyInAnyOrder(
                local.deadUrl + "/ " + home + " connect true",
                local.external.url("/ext/missing.html") + " " + home + " 404 true",
                base + "/err/500 " + home + " 500 true",
                base + "/err/gone.html " + home + " soft-404 true",
                base + "/err/loop " + home + " loop true",
                base + "/err/slow " + home + " timeout true",
                base + "/missing.html " + home + " 404 true");
        assertThat(lines(get("/api/site/runs/" + id + "/findings?kind=stale-column"), "column", "days"))
                .containsExactly("工作动态 21", "政策文件 212", "雁峰动态 21");
        assertThat(lines(get("/api/site/runs/" + id + "/findings?kind=unreachable"), "url", "status")).containsExactly(home + " 503");
        assertThat(lines(get("/api/site/runs/" + id + "/findings?kind=wording"), "page", "found", "expected", "serious"))
                .containsExactly(base + "/art1.html 杜佳毫 杜家毫 true", base + "/art2.html 既使 即使 false");
        assertThat(get("/api/site/runs/" + id + "/findings")).hasSize(16);

        String firstSubject = "【网站健康检查】" + home + "：单项否决风险，14 个问题待整改";
        // GreenMail keeps a mail once per recipient
        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessages().length >= 2);
        var mail = smtp.getReceivedMessages()[0];
        assertThat(recipient(mail)).isEqualTo("editor@example.gov.cn,admin@example.gov.cn");
        assertThat(subject(mail)).isEqualTo(firstSubject);
        assertThat(text(mail)).contains("以下 14 个问题达到预警线或否决线，为首次提醒（整改前不再重复提醒）：\n",
                "1. 首页未及时更新：首页 15 天未更新\n", "2. 首页无法访问：" + home + "，503\n",
                "错误链接：" + base + "/missing.html（所在页面 " + home + "），状态 404\n",
                "错别字：" + base + "/art1.html 中「杜佳毫」应为「杜家毫」",
                "单项否决风险：首页未更新天数 15（预警线 10，否决线 14）").doesNotContain("空白栏目");
        assertThat(attachmentName(mail)).isEqualTo("网站健康检查-第" + id + "次.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(attachment(mail)))) {
            assertThat(book.getSheet("问题清单").getLastRowNum()).isEqualTo(16);
        }

        ResponseEntity<byte[]> report = rest.withBasicAuth("admin", org.egovhub.testing.HubTestInitializer.ADMIN_PASSWORD)
                .getForEntity("/api/site/runs/" + id + "/report.xlsx", byte[].class);
        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(report.getBody()))) {
            assertThat(book.getSheet("检查结果").getRow(1).getCell(1).getStringCellValue()).isEqualTo("15");
            assertThat(book.getSheet("问题清单").getLastRowNum()).isEqualTo(16);
        }
        String prometheus = rest.getForObject("/actuator/prometheus", String.class);
        assertThat(prometheus).contains("hub_site_broken_links{application=\"egov-hub\"} 7.0",
                "hub_site_stale_columns{application=\"egov-hub\"} 3.0", "hub_site_blank_columns{application=\"egov-hub\"} 2.0",
                "hub_site_homepage_days_since_update{application=\"egov-hub\"} 15.0",
                "hub_site_reachability_ratio{application=\"egov-hub\"} 0.9", "hub_site_probes{application=\"egov-hub\"} 20.0",
                "hub_site_probes_failed{application=\"egov-hub\"} 2.0", "hub_site_verdict{application=\"egov-hub\"} 2.0");

        // the same site again: nothing new, nothing fixed, no mail
        JsonNode second = runToTheEnd();
        assertThat(second.get("newFindings").asInt()).isZero();
        assertThat(second.get("fixedFindings").asInt()).isZero();
        // the missing page is put back: fixed, no mail
        local.site.respond("/missing.html", Reply.ok("text/html; charset=utf-8",
                "<html><head><meta charset=\"utf-8\"><title>机构设置</title></head><body>区政府办公室</body></html>".getBytes(StandardCharsets.UTF_8)));
        JsonNode third = runToTheEnd();
        assertThat(third.get("fixedFindings").asInt()).isEqualTo(1);
        assertThat(third.get("newFindings").asInt()).isZero();
        assertThat(lines(get("/api/site/runs/" + third.get("id").asLong() + "/fixed"), "kind", "url", "status"))
                .containsExactly("broken-link " + base + "/missing.html 404");
        // and gone again: alerted again, alone
        local.site.respond("/missing.html", Reply.status(404));
        JsonNode fourth = runToTheEnd();
        assertThat(fourth.get("newFindings").asInt()).isEqualTo(1);

        String againSubject = "【网站健康检查】" + home + "：单项否决风险，1 个问题待整改";
        await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).equals(againSubject)).count() == 2);
        var again = Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).equals(againSubject)).findFirst().orElseThrow();
        assertThat(recipient(again)).isEqualTo("editor@example.gov.cn,admin@example.gov.cn");
        assertThat(text(again)).contains("1. 错误链接：" + base + "/missing.html（所在页面 " + home + "），状态 404\n")
                .doesNotContain("2. ");
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(m -> subject(m)))
                .containsExactlyInAnyOrder(firstSubject, firstSubject, againSubject, againSubject);
        assertThat(lines(get("/api/site/runs"), "id", "status")).containsExactly(fourth.get("id").asLong() + " done",
                third.get("id").asLong() + " done", second.get("id").asLong() + " done", id + " done");
        assertThat(new Api(rest).admin(HttpMethod.GET, "/api/admin/audit", null).getBody())
                .contains("\"actor\":\"admin\",\"action\":\"sitehealth.run\",\"target\":\"" + home + "\"");
    }

    @Test
    void shouldAnswerProblemsAndLetOnlyAdministratorsRequestARun() {
        Api api = new Api(rest);
        Api.assertProblem(api.admin(HttpMethod.GET, "/api/site/runs/999999", null), 404, "no site run 999999");
        Api.assertProblem(api.admin(HttpMethod.GET, "/api/site/runs/999999/findings", null), 404, "no site run 999999");
        Api.assertProblem(api.admin(HttpMethod.GET, "/api/site/runs/999999/findings?kind=typo", null), 400,
                "kind: 'typo' is not one of homepage-stale, unreachable, stale-column, long-stale-column, blank-column, wording, "
                        + "broken-link, page-budget, oversized-page, undeclared-charset, column-unreadable");
        accounts.save(new UserAccount("site-viewer", "viewer-password", Set.of(Roles.VIEWER), true));
        assertThat(api.as("site-viewer", "viewer-password", HttpMethod.POST, "/api/site/runs", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.as("site-viewer", "viewer-password", HttpMethod.GET, "/api/site/runs", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(api.as(null, null, HttpMethod.GET, "/api/site/runs", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /** One probe through the schedule's trigger and the probe queue, awaited until it is kept. */
    private void probe(int n) {
        StageResult due = triggers.probeDue();
        sender.sendAll(due.outgoing());
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("select count(*) from site_probe", Integer.class) == n);
    }

    /** Requests a run as the admin and waits until it is done (or failed); the run as the API then gives it. */
    private JsonNode runToTheEnd() {
        ResponseEntity<String> answer = new Api(rest).admin(HttpMethod.POST, "/api/site/runs", null);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode queued = Api.json(answer.getBody());
        assertThat(queued.get("status").asText()).isEqualTo("queued");
        String path = "/api/site/runs/" + queued.get("id").asLong();
        assertThat(answer.getHeaders().getLocation()).hasToString(path);
        await().atMost(Duration.ofSeconds(60)).until(() -> Set.of("done", "failed").contains(getOne(path).get("status").asText()));
        return getOne(path);
    }

    private JsonNode getOne(String path) {
        ResponseEntity<String> answer = new Api(rest).admin(HttpMethod.GET, path, null);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return Api.json(answer.getBody());
    }

    private List<JsonNode> get(String path) {
        return StreamSupport.stream(getOne(path).spliterator(), false).toList();
    }

    private static List<String> checks(JsonNode run) {
        return lines(StreamSupport.stream(run.get("checks").spliterator(), false).toList(), "check", "value", "warn", "veto", "status");
    }

    private static List<String> lines(List<JsonNode> nodes, String... fields) {
        List<String> lines = new ArrayList<>();
        for (JsonNode node : nodes) {
            List<String> values = new ArrayList<>();
            for (String field : fields) {
                values.add(node.hasNonNull(field) ? node.get(field).asText() : "null");
            }
            lines.add(String.join(" ", values));
        }
        return lines;
    }
}
