package org.egovhub.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.egovhub.testing.Mails.attachment;
import static org.egovhub.testing.Mails.attachmentName;
import static org.egovhub.testing.Mails.recipient;
import static org.egovhub.testing.Mails.subject;
import static org.egovhub.testing.Mails.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.egovhub.security.Roles;
import org.egovhub.security.UserAccount;
import org.egovhub.security.UserAccounts;
import org.egovhub.testing.FreePort;
import org.egovhub.testing.HubTest;
import org.egovhub.testing.HubTestInitializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole hub: uploads, run, mail to a real SMTP server, rerun, resend, case lists, report, drop folders, metrics, access. */
@HubTest
class ReconcileHubIT {

    static final int SMTP_PORT = FreePort.find();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("hub.reconcile.departments-file", () -> "src/test/resources/reconcile/departments.yml");
        registry.add("hub.reconcile.inbox.poll-delay", () -> "200ms");
        registry.add("hub.reconcile.alerts.enabled", () -> "false");
    }

    @Autowired
    TestRestTemplate rest;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CamelContext camel;

    @Autowired
    ObjectMapper json;

    @Value("${hub.reconcile.inbox.actual}")
    Path actualInbox;

    @TempDir
    Path dir;

    TestRestTemplate admin() {
        return rest.withBasicAuth("admin", HubTestInitializer.ADMIN_PASSWORD);
    }

    JsonNode upload(String side, Path file) throws Exception {
        return new ReconcileApi(admin(), json).upload(side, file);
    }

    JsonNode post(String path) throws Exception {
        return new ReconcileApi(admin(), json).post(path);
    }

    JsonNode get(String path) throws Exception {
        return new ReconcileApi(admin(), json).get(path);
    }

    @Test
    void shouldReconcileUploadedLedgersAndMailEachAlertOnceUntilAResend() throws Exception {
        JsonNode actual = upload("actual", ReconcileTesting.actualGbk(dir));
        JsonNode online = upload("online", ReconcileTesting.onlineXlsx(dir));
        assertThat(actual.at("/summary/imported").asInt()).isEqualTo(17);
        assertThat(actual.at("/issues").size()).isEqualTo(4);
        assertThat(online.at("/summary/rejected").asInt()).isEqualTo(1);

        JsonNode run = post("/api/reconcile/quarters/2018Q1/run");

        assertThat(run.at("/alertsSent").size()).isEqualTo(4);
        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length, n -> n >= 5);
        assertThat(smtp.getReceivedMessages()).hasSize(5);
        MimeMessage[] d2 = smtp.getReceivedMessagesForDomain("example.gov.cn");
        assertThat(Arrays.stream(d2).map(m -> recipient(m) + " " + subject(m))).containsExactlyInAnyOrder(
                "d2-head@example.gov.cn 【网上办件核对】2018年第1季度 区民政局：上网率 60.00%，同步率 60.00%",
                "d3-head@example.gov.cn 【网上办件核对】2018年第1季度 区人力资源和社会保障局：上网率 100.00%，同步率 75.00%",
                "d4-head@example.gov.cn 【网上办件核对】2018年第1季度 区住房和城乡建设局：上网率 66.66%，同步率 66.66%",
                "mayor@example.gov.cn,deputy@example.gov.cn 【全区通报】2018年第1季度网上办件核对：上网率 81.25%，同步率 75.00%，3 个部门未达标",
                "mayor@example.gov.cn,deputy@example.gov.cn 【全区通报】2018年第1季度网上办件核对：上网率 81.25%，同步率 75.00%，3 个部门未达标");
        MimeMessage civilAffairs = Arrays.stream(d2).filter(m -> recipient(m).startsWith("d2-")).findFirst().orElseThrow();
        assertThat(text(civilAffairs)).contains("实际办件 5 件，网上办件 3 件，匹配 3 件；", "见附件 2018Q1-D2-未上网及超期办件.xlsx")
                .doesNotContain("黄思源");
        assertThat(attachmentName(civilAffairs)).isEqualTo("2018Q1-D2-未上网及超期办件.xlsx");
        assertThat(ReconcileTesting.rows(attachment(civilAffairs), "未上网办件")).containsExactly(
                List.of("D2", "区民政局", "D2-0004", "黄**"), List.of("D2", "区民政局", "D2-0005", "吴**"));
        MimeMessage summary = Arrays.stream(d2).filter(m -> recipient(m).startsWith("mayor")).findFirst().orElseThrow();
        assertThat(attachmentName(summary)).isEqualTo("2018Q1-全区网上办件核对.xlsx");
        assertThat(ReconcileTesting.rows(attachment(summary), "2018Q1 部门统计")).extracting(r -> r.get(0))
                .containsExactly("D2", "D4", "D3", "D1", "D5", "*");

        JsonNode departments = get("/api/reconcile/quarters/2018Q1/departments");
        assertThat(departments.toString()).isEqualTo(json.readTree("""
                [{"code":"D1","name":"区市场监督管理局","actual":4,"online":4,"matched":4,"missing":0,"late":0,"onlineOnly":0,"onlineRate":1.0000,"syncRate":1.0000,"flagged":false},
                 {"code":"D2","name":"区民政局","actual":5,"online":3,"matched":3,"missing":2,"late":0,"onlineOnly":0,"onlineRate":0.6000,"syncRate":0.6000,"flagged":true},
                 {"code":"D3","name":"区人力资源和社会保障局","actual":4,"online":5,"matched":4,"missing":0,"late":1,"onlineOnly":1,"onlineRate":1.0000,"syncRate":0.7500,"flagged":true},
                 {"code":"D4","name":"区住房和城乡建设局","actual":3,"online":2,"matched":2,"missing":1,"late":0,"onlineOnly":0,"onlineRate":0.6666,"syncRate":0.6666,"flagged":true},
                 {"code":"D5","name":"区教育局","actual":0,"online":0,"matched":0,"missing":0,"late":0,"onlineOnly":0,"onlineRate":null,"syncRate":null,"flagged":false}]
                """).toString());
        JsonNode missing = get("/api/reconcile/quarters/2018Q1/departments/D2/cases?kind=missing&page=0&size=1");
        assertThat(List.of(missing.get("total").asInt(), missing.at("/cases/0/caseNumber").asText(), missing.at("/cases/0/applicant").asText()))
                .isEqualTo(List.of(2, "D2-0004", "黄**"));
        assertThat(get("/api/reconcile/quarters").at("/0/total/onlineRate").decimalValue()).isEqualByComparingTo("0.8125");
        assertThat(get("/api/reconcile/quarters").at("/0/quarter").asText()).isEqualTo("2018Q1");
        byte[] xlsx = admin().getForObject("/api/reconcile/quarters/2018Q1/report.xlsx", byte[].class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(ReconcileTesting.sheet(workbook.getSheet("2018Q1 部门统计"))).hasSize(7);
        }
        String prometheus = rest.getForObject("/actuator/prometheus", String.class);
        assertThat(prometheus).contains("hub_reconcile_sync_rate{application=\"egov-hub\",department=\"D3\",quarter=\"2018Q1\"} 0.75",
                "hub_reconcile_rejected_rows_total{application=\"egov-hub\",side=\"actual\"}");

        assertThat(post("/api/reconcile/quarters/2018Q1/run").at("/alertsSent").size()).isZero();
        JsonNode resent = post("/api/reconcile/quarters/2018Q1/alerts/resend");

        assertThat(resent.at("/alertsSent").size()).isEqualTo(4);
        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length, n -> n >= 10);
        assertThat(get("/api/reconcile/quarters/2018Q1/alerts").findValues("resendNo").stream().map(JsonNode::asInt))
                .containsExactly(0, 0, 0, 0, 1, 1, 1, 1);
        assertThat(smtp.getReceivedMessages()).hasSize(10);
    }

    @Test
    void shouldImportADroppedFileAndMoveItToDoneWithAReportOfItsRejectedRows() throws Exception {
        Path file = Files.writeString(dir.resolve("ledger-2019.csv"), "办件编号,实施机构,事项编码,申请人,受理时间\n"
                + "Z-1,D5,X,张伟,2019-01-05\nZ-2,D5,X,李娜,2019-02-30\n", StandardCharsets.UTF_8);
        Files.createDirectories(actualInbox);
        Files.move(file, actualInbox.resolve("ledger-2019.csv"));

        await().atMost(Duration.ofSeconds(30)).until(() -> reports(actualInbox.resolve("done")).size() == 1);

        Path report = reports(actualInbox.resolve("done")).get(0);
        assertThat(report.getFileName().toString()).matches("\\d{8}-\\d{6}-ledger-2019\\.csv\\.report\\.csv");
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("读取 2 行,新增 1 件,重复 0 行,拒收 1 行",
                "3,拒收,\"受理时间 '2019-02-30' 不是有效的日期时间");
        assertThat(actualInbox.resolve("done").resolve(report.getFileName().toString().replace(".report.csv", ""))).exists();
        assertThat(actualInbox.resolve("ledger-2019.csv")).doesNotExist();
    }

    @Test
    void shouldMoveAFileThatCannotBeUsedToFailedWithTheReason() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.csv"), "编号,部门,时间\n1,D5,2019-01-05\n", StandardCharsets.UTF_8);
        Files.createDirectories(actualInbox);
        Files.move(file, actualInbox.resolve("broken.csv"));

        await().atMost(Duration.ofSeconds(30)).until(() -> reports(actualInbox.resolve("failed")).size() == 1);

        assertThat(Files.readString(reports(actualInbox.resolve("failed")).get(0))).contains("导入失败,\"no header row");
    }

    @Test
    void shouldLetOnlyAdministratorsRunImportAndResend() {
        accounts.save(new UserAccount("reconcile-viewer", "viewer-password", Set.of(Roles.VIEWER), true));
        TestRestTemplate viewer = rest.withBasicAuth("reconcile-viewer", "viewer-password");

        assertThat(viewer.postForEntity("/api/reconcile/quarters/2018Q1/run", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(viewer.postForEntity("/api/reconcile/quarters/2018Q1/alerts/resend", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(viewer.postForEntity("/api/reconcile/imports?side=online", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(viewer.getForEntity("/api/reconcile/quarters", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.getForEntity("/api/reconcile/quarters", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> badQuarter = admin().getForEntity("/api/reconcile/quarters/2018Q5/departments", String.class);
        assertThat(badQuarter.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badQuarter.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(badQuarter.getBody()).as("a problem detail naming the bad quarter").contains("\"detail\"").contains("2018Q5");
        assertThat(admin().getForEntity("/api/reconcile/quarters/1999Q1/departments", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldLoadTheInboxRoutes() {
        for (String id : List.of("reconcile-inbox-online", "reconcile-inbox-actual")) {
            assertThat(camel.getRouteController().getRouteStatus(id).isStarted()).as(id).isTrue();
        }
    }

    private static List<Path> reports(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".report.csv")).toList();
        }
    }
}
