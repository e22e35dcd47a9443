package org.egovhub.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.egovhub.platform.audit.Audit;
import org.egovhub.reconcile.Quarter;
import org.egovhub.reconcile.ReconcileService;
import org.egovhub.reconcile.ReconcileTesting;
import org.egovhub.security.Roles;
import org.egovhub.security.UserAccount;
import org.egovhub.security.UserAccounts;
import org.egovhub.testing.Api;
import org.egovhub.testing.Browser;
import org.egovhub.testing.FixtureServer;
import org.egovhub.testing.HubTest;
import org.egovhub.testing.HubTestInitializer;
import org.egovhub.testing.Queues;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Record tracing, the home page and the reconciliation additions in a real browser: an extranet
 * record traced by its 文书号 from ingest to delivery at a local HTTP target, a repost item by its URL,
 * the home's figures refreshing by themselves, a department's exact missing cases, an upload from the
 * page, and what a VIEWER is not offered.
 */
@HubTest
class TraceConsoleIT {

    static final FixtureServer HTTP = FixtureServer.start();

    @RegisterExtension
    static final Browser browser = new Browser();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("extranet.test.http", HTTP::baseUrl);
        registry.add("hub.reconcile.departments-file", () -> "src/test/resources/reconcile/departments.yml");
        registry.add("hub.reconcile.alerts.enabled", () -> "false");
    }

    /** The t-licence channel's extranet target: a table of an in-memory exchange database, there before the hub starts. */
    static final java.sql.Connection EXCHANGE = org.egovhub.testing.ExchangeDatabase.open();

    @BeforeAll
    static void targets() throws Exception {
        HTTP.respond("/legacy/licence", FixtureServer.Reply.status(200));
    }

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JmsTemplate jms;

    @Autowired
    Queues queues;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ReconcileService reconcile;

    @Autowired
    Audit audit;

    @TempDir
    Path dir;

    @BeforeEach
    void hub() {
        browser.at(port);
        accounts.save(new UserAccount("trace-viewer", "trace-viewer-password", Set.of(Roles.VIEWER), true));
    }

    @Test
    void shouldTraceAnExtranetRecordByItsDocumentNumberFromIngestToDelivery() throws Exception {
        String number = "雁市监许〔2026〕T" + UUID.randomUUID().toString().substring(0, 8) + "号";
        ObjectNode licence = licence(number);
        var answer = new Api(rest).admin(HttpMethod.POST, "/api/ingest/t-licence", licence.toString());
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("select count(*) from extranet_journal"
                + " where document_no = ? and status = 'DELIVERED'", Integer.class, number) == 2);

        browser.logIn("trace-viewer", "trace-viewer-password").open("/admin/trace");
        browser.find("#trace-form input[name=q]").sendKeys(number);
        browser.find("#trace-form button").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.record")));
        browser.shot("traced-licence");

        List<WebElement> records = browser.findAll("section.record");
        assertThat(records).hasSize(1);
        WebElement record = records.get(0);
        assertThat(record.findElement(By.cssSelector(".key")).getText()).isEqualTo("12441500196720244T:" + number);
        assertThat(record.findElement(By.cssSelector(".kind")).getText()).isEqualTo("双公示行政许可");
        assertThat(record.findElement(By.cssSelector(".status")).getText()).isEqualTo("原有线路：已投递（超过公示期限）；电子政务外网：已投递（超过公示期限）");
        List<String> steps = record.findElements(By.cssSelector("tr.step")).stream()
                .map(r -> r.findElement(By.cssSelector(".where")).getText() + "|" + r.findElement(By.cssSelector(".outcome")).getText())
                .toList();
        assertThat(steps).containsExactlyInAnyOrder("外网通道 t-licence · 原有线路|进入投递路径", "外网通道 t-licence · 原有线路|已投递",
                "外网通道 t-licence · 电子政务外网|进入投递路径", "外网通道 t-licence · 电子政务外网|已投递");
        // The decision of 2024 was published long after its 7 working days: the trace says so.
        assertThat(record.getText()).contains("目标应答 200");
        assertThat(browser.find("#not-waiting").getText()).isEqualTo("在查找的队列中没有这条记录的消息。");
        assertThat(browser.pageSource()).doesNotContain("11010519491231002X");
        assertThat(HTTP.requests("/legacy/licence")).anyMatch(r -> new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)
                .contains(number));
    }

    @Test
    void shouldTraceARepostItemByItsUrlToTheQueueItWaitsOn() {
        String id = UUID.randomUUID().toString();
        String url = "http://www.gov.cn/zhengce/trace-" + id + ".htm";
        OffsetDateTime fetched = OffsetDateTime.parse("2026-11-30T09:00:00+08:00");
        jdbc.update("insert into repost_item (id, version, source_id, level, category, url, title, fetched_at, status)"
                + " values (?, 1, 'gov-yaowen', 'CENTRAL', '要闻', ?, '追踪测试稿件', ?, 'HELD')", id, url, fetched);
        jms.convertAndSend("repost.extracted.dlq", "{\"url\":\"" + url + "\",\"title\":\"追踪测试稿件\"}", m -> {
            m.setStringProperty("HubFailureCause", "no body found");
            m.setStringProperty("HubFailureKind", "refused");
            return m;
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> queues.browse("repost.extracted.dlq", url).size() == 1);

        browser.logIn("admin", HubTestInitializer.ADMIN_PASSWORD).open("/admin/trace?q=" + url);

        WebElement record = browser.find("section.record[data-key='" + id + "']");
        assertThat(record.findElement(By.cssSelector(".title")).getText()).isEqualTo("追踪测试稿件");
        assertThat(record.findElement(By.cssSelector(".status")).getText()).isEqualTo("等待保密审查");
        assertThat(record.findElement(By.cssSelector("tr.step .outcome")).getText()).isEqualTo("抓取");
        WebElement waiting = browser.find("tr.waiting[data-queue='repost.extracted.dlq']");
        assertThat(waiting.findElement(By.cssSelector(".dead-letter")).getText()).isEqualTo("内容被拒收：no body found");
        assertThat(browser.find("#searched").getText()).contains("信息转载：转载台账", "外网通道：投递日志", "办件对账：实际办件与网上办件台账");
    }

    @Test
    void shouldAnswerAProblemForAnEmptyQueryAndLetAViewerRead() {
        Api api = new Api(rest);
        Api.assertProblem(api.as("trace-viewer", "trace-viewer-password", HttpMethod.GET, "/api/admin/trace?q=", null), 400,
                "q must name a record: a stable id, a repost item's URL or title, or a business key (行政许可决定文书号, 办件编号)");
        var nothing = api.as("trace-viewer", "trace-viewer-password", HttpMethod.GET, "/api/admin/trace?q=no-such-record-xyz", null);
        assertThat(nothing.getStatusCode().value()).isEqualTo(200);
        JsonNode result = Api.json(nothing.getBody());
        assertThat(result.get("query").asText()).isEqualTo("no-such-record-xyz");
        assertThat(result.get("records")).isEmpty();
        assertThat(result.get("queues").size()).isGreaterThan(0);
        assertThat(api.as(null, null, HttpMethod.GET, "/api/admin/trace?q=x", null).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void shouldShowTheHomeFiguresAndRefreshThemWithoutReloading() {
        jms.convertAndSend("homefig.in.dlq", "{\"n\":1}");
        await().atMost(Duration.ofSeconds(10)).until(() -> queues.depth("homefig.in.dlq") == 1);
        browser.logIn("trace-viewer", "trace-viewer-password");
        browser.open("/admin");
        assertThat(browser.find("#health-broker").getText()).isEqualTo("正常");
        assertThat(browser.find("#health-database").getText()).isEqualTo("正常");
        assertThat(browser.find("#health-mail").getText()).isIn("尚未发送", "正常", "不可用");
        assertThat(browser.find("#sla-breaches").getText()).isEqualTo("0");
        assertThat(browser.find("tr.channel[data-channel=t-licence] .mode").getText()).isEqualTo("DUAL");
        assertThat(browser.find("tr.channel[data-channel=t-penalty] .mode").getText()).isEqualTo("EXTRANET");
        String deadLetters = "tr.capability[data-capability=homefig] .dead-letters";
        assertThat(browser.find(deadLetters).getText()).isEqualTo("1");
        ((JavascriptExecutor) browser.driver()).executeScript("window.notReloaded = true;");

        jms.convertAndSend("homefig.in.dlq", "{\"n\":2}");

        browser.waitFor(ExpectedConditions.textToBe(By.cssSelector(deadLetters), "2"));
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.notReloaded === true;")).isEqualTo(true);
        browser.shot("home-refreshed");
        var overview = new Api(rest).as("trace-viewer", "trace-viewer-password", HttpMethod.GET, "/api/admin/overview", null);
        assertThat(overview.getStatusCode().value()).isEqualTo(200);
        assertThat(Api.json(overview.getBody()).at("/capabilities/homefig/deadLetters").asLong()).isEqualTo(2);
    }

    @Test
    void shouldUploadFromThePageAndDrillDownToTheExactMissingCases() throws Exception {
        Path actual = ReconcileTesting.actualGbk(dir);
        Path online = ReconcileTesting.onlineXlsx(dir);
        browser.logIn("admin", HubTestInitializer.ADMIN_PASSWORD).open("/admin/reconcile");
        upload("actual", actual);
        assertThat(browser.find("#message").getText()).startsWith("已导入实际办件 actual.csv：");
        upload("online", online);
        assertThat(browser.find("#message").getText()).startsWith("已导入网上办件 online.xlsx：");
        reconcile.run(Quarter.parse("2018Q1"), "test");

        browser.open("/admin/reconcile?quarter=2018Q1");
        browser.find("tr.department[data-code=D2] a.drill.missing").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#total")));
        browser.shot("missing-cases");
        assertThat(browser.find("h2").getText()).isEqualTo("2018Q1 区民政局 未上网办件");
        assertThat(browser.find("#total").getText()).isEqualTo("2");
        assertThat(browser.findAll("tr.case td.case-number").stream().map(WebElement::getText).toList())
                .containsExactly("D2-0004", "D2-0005");
        assertThat(browser.pageSource()).doesNotContain("黄思源", "吴小五");

        browser.open("/admin/trace?q=D2-0004");
        assertThat(browser.find("section.record .status").getText()).isEqualTo("未上网（实际办件无对应的网上办件）");
        assertThat(browser.find("section.record .title").getText()).isEqualTo("2018Q1 · 区民政局 · 最低生活保障");

        browser.open("/admin/reconcile?quarter=2018Q1");
        browser.submitConfirmed(browser.find("form.resend[data-department=D2] button"), "resent");
        assertThat(browser.find("#message").getText()).startsWith("已重发 2018Q1 的部门 D2 提醒（第 1 次重发");
        assertThat(audit.page(0, 50)).anyMatch(e -> e.action().equals("reconcile.resend") && e.target().equals("2018Q1/D2")
                && e.actor().equals("admin"));
        assertThat(audit.page(0, 50)).anyMatch(e -> e.action().equals("reconcile.import") && e.target().equals("actual/actual.csv"));
    }

    @Test
    void shouldOfferAViewerNoUploadOrResendAndRefuseThemOnTheApi() throws Exception {
        browser.logIn("trace-viewer", "trace-viewer-password").open("/admin/reconcile");
        assertThat(browser.findAll("#upload")).isEmpty();
        assertThat(browser.findAll("form.resend")).isEmpty();
        browser.open("/admin/reconcile?quarter=2001Q3");
        assertThat(browser.find("#no-figures").getText()).isEqualTo("2001Q3 尚无对账结果。");

        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("trace-viewer", "trace-viewer-password");
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new FileSystemResource(ReconcileTesting.actualGbk(dir)));
        assertThat(rest.exchange("/api/reconcile/imports?side=actual", HttpMethod.POST, new HttpEntity<>(form, headers), String.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(new Api(rest).as("trace-viewer", "trace-viewer-password", HttpMethod.POST,
                "/api/reconcile/quarters/2018Q1/alerts/resend", null).getStatusCode().value()).isEqualTo(403);
    }

    private void upload(String side, Path file) {
        WebElement form = browser.find("#upload");
        // the CSRF token goes in the form body, never in the URL (where access logs and the history keep it)
        assertThat(form.getAttribute("action")).endsWith("/admin/reconcile/imports");
        assertThat(form.findElement(By.cssSelector("input[type=hidden][name=_csrf]")).getAttribute("value")).isNotBlank();
        form.findElement(By.cssSelector("select[name=side] option[value=" + side + "]")).click();
        form.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        browser.submitConfirmed(form.findElement(By.cssSelector("button")), "uploaded-" + side);
    }

    private static ObjectNode licence(String number) throws Exception {
        try (InputStream in = TraceConsoleIT.class.getResourceAsStream("/extranet/licence.json")) {
            ObjectNode licence = (ObjectNode) new ObjectMapper().readTree(in);
            licence.put("行政许可决定文书号", number);
            return licence;
        }
    }
}
