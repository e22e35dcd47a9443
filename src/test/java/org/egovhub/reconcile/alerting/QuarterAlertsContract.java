package org.egovhub.reconcile.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.egovhub.reconcile.Quarter;
import org.egovhub.reconcile.ReconcileTesting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alerts of the scenario's quarter: recipients, texts, attachments, once per quarter, resend, escalation, two hubs. */
abstract class QuarterAlertsContract {

    static final Quarter Q1 = Quarter.parse("2018Q1");

    @TempDir
    Path dir;

    ReconcileTesting hub;
    final List<AlertMail> mails = new CopyOnWriteArrayList<>();
    final AlertGateway capture = mails::add;

    abstract DataSource database();

    @BeforeEach
    void scenario() throws Exception {
        hub = ReconcileTesting.scenario(database(), dir);
    }

    @Test
    void shouldAlertEachFlaggedDepartmentsHeadAndTheLeadersOnce() throws Exception {
        QuarterAlerts alerts = hub.alerts(capture, "hub-a");

        List<AlertSend> sent = alerts.send(hub.runs().run(Q1), false);

        assertThat(sent).extracting(AlertSend::department, AlertSend::kind, AlertSend::resendNo).containsExactly(
                org.assertj.core.groups.Tuple.tuple("D2", "department", 0), org.assertj.core.groups.Tuple.tuple("D3", "department", 0),
                org.assertj.core.groups.Tuple.tuple("D4", "department", 0), org.assertj.core.groups.Tuple.tuple("*", "summary", 0));
        assertThat(mails).extracting(AlertMail::to).containsExactly(List.of("d2-head@example.gov.cn"), List.of("d3-head@example.gov.cn"),
                List.of("d4-head@example.gov.cn"), List.of("mayor@example.gov.cn", "deputy@example.gov.cn"));
        AlertMail d2 = mails.get(0);
        assertThat(d2.subject()).isEqualTo("【网上办件核对】2018年第1季度 区民政局：上网率 60.00%，同步率 60.00%");
        assertThat(d2.body()).contains("民政局局长：", "实际办件 5 件，网上办件 3 件，匹配 3 件；", "未上网 2 件，超期录入 0 件，仅网上有记录 0 件；",
                "上网率 60.00%，同步率 60.00%（要求均为 100%）。", "2018Q1  实际 5，匹配 3，未上网 2，超期 0，上网率 60.00%，同步率 60.00%",
                "见附件 2018Q1-D2-未上网及超期办件.xlsx").doesNotContain("黄思源", "吴小五");
        assertThat(rows(d2.attachments().get(0).content(), "未上网办件")).containsExactly(
                List.of("D2", "区民政局", "D2-0004", "黄**"), List.of("D2", "区民政局", "D2-0005", "吴**"));
        assertThat(rows(mails.get(1).attachments().get(0).content(), "未同步（录入超期）办件"))
                .containsExactly(List.of("D3", "区人力资源和社会保障局", "D3-0004", "赵*"));
        AlertMail summary = mails.get(3);
        assertThat(summary.subject()).isEqualTo("【全区通报】2018年第1季度网上办件核对：上网率 81.25%，同步率 75.00%，3 个部门未达标");
        assertThat(summary.body()).contains("1. 区民政局：实际 5，匹配 3，未上网 2，超期 0，上网率 60.00%，同步率 60.00%，未达标",
                "2. 区住房和城乡建设局", "3. 区人力资源和社会保障局", "4. 区市场监督管理局", "5. 区教育局");
        assertThat(rows(summary.attachments().get(0).content(), "2018Q1 部门统计")).extracting(r -> r.get(0))
                .containsExactly("D2", "D4", "D3", "D1", "D5", "*");

        assertThat(alerts.send(hub.runs().run(Q1), false)).isEmpty();
        assertThat(mails).hasSize(4);
        assertThat(alerts.sends(Q1)).hasSize(4).allSatisfy(s -> assertThat(s.queuedAt()).isNotNull());
    }

    @Test
    void shouldSendEveryAlertAgainOnAnExplicitResendAndRecordIt() throws Exception {
        QuarterAlerts alerts = hub.alerts(capture, "hub-a");
        alerts.send(hub.runs().run(Q1), false);

        List<AlertSend> again = alerts.send(hub.runs().figures(Q1).orElseThrow(), true);

        assertThat(again).extracting(AlertSend::resendNo).containsExactly(1, 1, 1, 1);
        assertThat(mails).hasSize(8);
        assertThat(mails.get(4).key()).isEqualTo("reconcile.2018Q1.D2.department.1");
        assertThat(alerts.sends(Q1)).extracting(AlertSend::resendNo).containsExactly(0, 0, 0, 0, 1, 1, 1, 1);
    }

    @Test
    void shouldCopyTheLeadersFromTheSecondFlaggedQuarterInARow() throws Exception {
        hub.importCsv(org.egovhub.reconcile.Side.ACTUAL, "q4.csv", "办件编号,实施机构,事项编码,申请人,受理时间\nD2-Q4,区民政局,X,钱多多,2017-12-01\n");
        QuarterAlerts alerts = hub.alerts(capture, "hub-a");
        hub.runs().run(Quarter.parse("2017Q4"));

        alerts.send(hub.runs().run(Q1), false);

        AlertMail d2 = mails.get(0);
        assertThat(d2.to()).containsExactly("d2-head@example.gov.cn");
        assertThat(d2.cc()).containsExactly("mayor@example.gov.cn", "deputy@example.gov.cn");
        assertThat(d2.subject()).startsWith("【督办】2018年第1季度 区民政局");
        assertThat(d2.body()).contains("已连续 2 个季度未达标，本通知同时抄送区领导。", "2017Q4  实际 1，匹配 0");
        assertThat(mails.get(1).to()).containsExactly("d3-head@example.gov.cn");
        assertThat(mails.get(1).cc()).isEmpty();
        assertThat(alerts.sends(Q1).get(0).recipients()).containsExactly("d2-head@example.gov.cn", "mayor@example.gov.cn",
                "deputy@example.gov.cn");
    }

    @Test
    void shouldRollTheClaimBackWhenTheAlertCannotBeQueuedSoThatTheNextRunSendsIt() {
        QuarterAlerts failing = hub.alerts(mail -> {
            throw new IllegalStateException("broker down");
        }, "hub-a");
        try {
            failing.send(hub.runs().run(Q1), false);
        } catch (IllegalStateException expected) {
            // the first alert failed
        }
        assertThat(hub.alerts(capture, "hub-a").sends(Q1)).isEmpty();

        hub.alerts(capture, "hub-a").send(hub.runs().run(Q1), false);

        assertThat(mails).hasSize(4);
    }

    @Test
    void shouldSendEachAlertOnceWhenTwoHubsRunTheQuarterAtTheSameTime() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<AlertSend>>> runs = List.of("hub-a", "hub-b").stream().map(node -> pool.submit(() -> {
                start.await();
                return hub.alerts(capture, node).send(hub.runs().run(Q1), false);
            })).toList();
            start.countDown();
            int sent = 0;
            for (Future<List<AlertSend>> run : runs) {
                sent += run.get().size();
            }
            assertThat(sent).isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
        assertThat(mails).extracting(AlertMail::key).doesNotHaveDuplicates().hasSize(4);
    }

    /** Department code, name, case number and applicant (or the first four columns) of each data row of a sheet. */
    static List<List<String>> rows(byte[] xlsx, String sheet) throws Exception {
        return org.egovhub.reconcile.ReconcileTesting.rows(xlsx, sheet);
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
