package org.egovhub.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.egovhub.reconcile.ingest.Field;
import org.egovhub.reconcile.ingest.HeaderNames;
import org.egovhub.reconcile.matching.CaseEntry;
import org.egovhub.reconcile.matching.CaseKind;
import org.egovhub.reconcile.matching.DepartmentFigures;
import org.egovhub.reconcile.matching.QuarterFigures;
import org.egovhub.reconcile.store.ImportIssue;
import org.egovhub.reconcile.store.ImportSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated ledgers of {@link Scenario} through import, matching and figures, with exact expected
 * outcomes; run on H2 ({@code ReconcileScenarioH2Test}) and PostgreSQL ({@code ReconcileScenarioPostgresIT}).
 */
abstract class ReconcileScenarioContract {

    static final Quarter Q1 = Quarter.parse("2018Q1");
    static final Quarter Q2 = Quarter.parse("2018Q2");

    @TempDir
    Path dir;

    ReconcileFixture hub;

    /** A fresh, empty database. */
    abstract DataSource database();

    @BeforeEach
    void freshDatabase() {
        hub = ReconcileFixture.on(database());
    }

    Path gbkActual() throws Exception {
        return LedgerFiles.csv(dir.resolve("actual.csv"), TextEncodingCharsets.GBK, false, Scenario.actual(Scenario::slashed));
    }

    Path xlsxOnline() throws Exception {
        return LedgerFiles.xlsx(dir.resolve("online.xlsx"), Scenario.online(LedgerFiles.DateCell::new));
    }

    ImportSummary importBoth(Path actual, Path online) {
        ImportSummary a = hub.imports.importFile(Side.ACTUAL, actual, "file", actual.getFileName().toString());
        ImportSummary o = hub.imports.importFile(Side.ONLINE, online, "file", online.getFileName().toString());
        assertThat(a.failed()).as(a.failure()).isFalse();
        assertThat(o.failed()).as(o.failure()).isFalse();
        return a;
    }

    static List<Object> row(DepartmentFigures d) {
        return List.of(d.code(), d.name(), d.actual(), d.online(), d.matched(), d.missing(), d.late(), d.onlineOnly(),
                String.valueOf(d.onlineRate()), String.valueOf(d.syncRate()), d.flagged(), d.flaggedQuarters());
    }

    static final List<List<Object>> EXPECTED_Q1 = List.of(
            List.of("D1", "区市场监督管理局", 4, 4, 4, 0, 0, 0, "1.0000", "1.0000", false, 0),
            List.of("D2", "区民政局", 5, 3, 3, 2, 0, 0, "0.6000", "0.6000", true, 1),
            List.of("D3", "区人力资源和社会保障局", 4, 5, 4, 0, 1, 1, "1.0000", "0.7500", true, 1),
            List.of("D4", "区住房和城乡建设局", 3, 2, 2, 1, 0, 0, "0.6666", "0.6666", true, 1),
            List.of("D5", "区教育局", 0, 0, 0, 0, 0, 0, "null", "null", false, 0));

    void assertExpectedQ1(QuarterFigures figures) {
        assertThat(figures.departments()).extracting(ReconcileScenarioContract::row).containsExactlyElementsOf(EXPECTED_Q1);
        assertThat(row(figures.total())).isEqualTo(List.of("*", "全区", 16, 14, 13, 3, 1, 1, "0.8125", "0.7500", true, 0));
    }

    @Test
    void shouldReconcileAGbkCsvAgainstAnXlsxExportExactly() throws Exception {
        ImportSummary actual = hub.imports.importFile(Side.ACTUAL, gbkActual(), "file", "actual.csv");
        ImportSummary online = hub.imports.importFile(Side.ONLINE, xlsxOnline(), "file", "online.xlsx");

        assertThat(List.of(actual.status(), actual.read(), actual.imported(), actual.duplicates(), actual.rejected()))
                .isEqualTo(List.of("done", 21, 17, 1, 3));
        assertThat(List.of(online.status(), online.read(), online.imported(), online.duplicates(), online.rejected()))
                .isEqualTo(List.of("done", 17, 15, 1, 1));
        assertThat(actual.quarters()).containsExactly(Q1, Q2);
        assertThat(hub.store.issues(actual.id())).extracting(ImportIssue::rowNumber, ImportIssue::kind, ImportIssue::reason)
                .containsExactly(
                        tuple(8, "duplicate", "与第 5 行重复"),
                        tuple(22, "rejected", "受理时间 '2018-02-30 10:00' 不是有效的日期时间（yyyy-MM-dd HH:mm:ss、yyyy-MM-dd HH:mm、yyyy-MM-dd 或以 / 分隔）"),
                        tuple(23, "rejected", "受理时间为空"),
                        tuple(24, "rejected", "实施机构 '区不存在局' 不是已知部门"));
        assertThat(hub.store.issues(online.id())).extracting(ImportIssue::rowNumber, ImportIssue::kind, ImportIssue::reason)
                .containsExactly(
                        tuple(6, "duplicate", "与第 5 行重复"),
                        tuple(18, "rejected", "录入时间 '2018-13-01 10:00' 不是有效的日期时间（yyyy-MM-dd HH:mm:ss、yyyy-MM-dd HH:mm、yyyy-MM-dd 或以 / 分隔）"));

        assertExpectedQ1(hub.runs.run(Q1));
        assertThat(numbers(CaseKind.MISSING, "D2")).containsExactly("D2-0004", "D2-0005");
        assertThat(hub.cases.page(Q1, "D3", CaseKind.LATE, 0, 10)).extracting(CaseEntry::caseNumber, CaseEntry::applicant,
                CaseEntry::lateDays).containsExactly(tuple("D3-0004", "赵*", 10));
        assertThat(numbers(CaseKind.ONLINE_ONLY, "D3")).containsExactly("D3-9001");
        assertThat(hub.cases.page(Q1, "D4", CaseKind.MISSING, 0, 10)).extracting(CaseEntry::caseNumber, CaseEntry::itemCode,
                CaseEntry::applicant, CaseEntry::acceptedAt).containsExactly(tuple(null, "D4ITEM-X", "王*", Scenario.t(3, 3, 10, 0)));
        assertThat(numbers(CaseKind.MISSING, "D1")).isEmpty();
        assertThat(numbers(CaseKind.ONLINE_ONLY, "D4")).isEmpty();
    }

    @Test
    void shouldReadAUtf8CsvWithBomAndAnXlsxLedgerOfTextCellsTheSameWay() throws Exception {
        Path actual = LedgerFiles.xlsx(dir.resolve("actual.xlsx"), Scenario.actual(Scenario::text));
        Path online = LedgerFiles.csv(dir.resolve("online.csv"), StandardCharsets.UTF_8, true, Scenario.online(Scenario::text));
        importBoth(actual, online);

        assertExpectedQ1(hub.runs.run(Q1));
    }

    @Test
    void shouldKeepRowsOfAnotherQuarterForTheirOwnQuarter() throws Exception {
        importBoth(gbkActual(), xlsxOnline());

        QuarterFigures q2 = hub.runs.run(Q2);

        assertThat(q2.department("D1").map(ReconcileScenarioContract::row))
                .contains(List.of("D1", "区市场监督管理局", 1, 1, 1, 0, 0, 0, "1.0000", "1.0000", false, 0));
        assertThat(q2.department("D2").orElseThrow().actual()).isZero();
        assertThat(hub.runs.quarters()).containsExactly(Q2);
    }

    @Test
    void shouldChangeNothingWhenTheSameFilesAreImportedAgain() throws Exception {
        importBoth(gbkActual(), xlsxOnline());
        hub.runs.run(Q1);
        Map<String, Integer> before = counts();

        ImportSummary again = hub.imports.importFile(Side.ACTUAL, gbkActual(), "file", "actual.csv");
        ImportSummary onlineAgain = hub.imports.importFile(Side.ONLINE, xlsxOnline(), "file", "online.xlsx");

        assertThat(List.of(again.read(), again.imported(), again.duplicates(), again.rejected())).isEqualTo(List.of(21, 0, 18, 3));
        assertThat(List.of(onlineAgain.read(), onlineAgain.imported(), onlineAgain.duplicates())).isEqualTo(List.of(17, 0, 16));
        assertThat(hub.store.issues(again.id())).filteredOn(i -> i.rowNumber() == 4).extracting(ImportIssue::reason)
                .singleElement().asString().startsWith("已由导入 #").endsWith(" 第 4 行导入");
        assertThat(counts()).isEqualTo(before);
        assertExpectedQ1(hub.runs.run(Q1));
    }

    @Test
    void shouldUpdateTheFiguresWhenAQuarterIsRerunAfterALateImport() throws Exception {
        importBoth(gbkActual(), xlsxOnline());
        hub.runs.run(Q1);

        Path late = LedgerFiles.csv(dir.resolve("late.csv"), StandardCharsets.UTF_8, false, Scenario.lateOnline());
        assertThat(hub.imports.importFile(Side.ONLINE, late, "file", "late.csv").imported()).isEqualTo(2);
        QuarterFigures rerun = hub.runs.run(Q1);

        assertThat(row(rerun.department("D2").orElseThrow()))
                .isEqualTo(List.of("D2", "区民政局", 5, 5, 5, 0, 2, 0, "1.0000", "0.6000", true, 1));
        assertThat(numbers(CaseKind.MISSING, "D2")).isEmpty();
        assertThat(numbers(CaseKind.LATE, "D2")).containsExactly("D2-0004", "D2-0005");
    }

    @Test
    void shouldCountConsecutiveFlaggedQuartersAcrossReruns() throws Exception {
        importBoth(gbkActual(), xlsxOnline());
        hub.runs.run(Q2);
        assertThat(hub.runs.figures(Q2).orElseThrow().department("D1").orElseThrow().flaggedQuarters()).isZero();
        // Q2: only D1's case, and one more of D3 that never went online.
        Path more = LedgerFiles.csv(dir.resolve("more.csv"), StandardCharsets.UTF_8, false, List.of(
                List.of("办件编号", "实施机构", "事项编码", "申请人", "受理时间"),
                List.of("D3-0201", "区人社局", "D3ITEM", "钱多多", "2018-05-06")));
        hub.imports.importFile(Side.ACTUAL, more, "file", "more.csv");
        assertThat(hub.runs.run(Q2).department("D3").orElseThrow().flaggedQuarters()).isEqualTo(1);

        hub.runs.run(Q1);

        assertThat(hub.runs.figures(Q2).orElseThrow().department("D3").orElseThrow().flaggedQuarters()).isEqualTo(2);
        assertThat(hub.runs.figures(Q2).orElseThrow().department("D2").orElseThrow().flaggedQuarters()).isZero();
    }

    @Test
    void shouldRefuseAFileWithoutAnAcceptanceColumnAndKeepNothingOfIt() throws Exception {
        Path file = LedgerFiles.csv(dir.resolve("bad.csv"), StandardCharsets.UTF_8, false, List.of(
                List.of("办件编号", "实施机构", "事项编码", "申请人"),
                List.of("D1-0001", "D1", "X", "张伟")));

        ImportSummary summary = hub.imports.importFile(Side.ACTUAL, file, "file", "bad.csv");

        assertThat(List.of(summary.status(), summary.failure(), summary.read())).isEqualTo(List.of("failed", "missing column 受理时间", 0));
        assertThat(counts().get("reconcile_actual_case")).isZero();
        assertThat(counts().get("reconcile_staged_case")).isZero();
    }

    @Test
    void shouldRefuseAFileWithoutAHeaderRow() throws Exception {
        Path file = LedgerFiles.csv(dir.resolve("none.csv"), StandardCharsets.UTF_8, false, List.of(
                List.of("编号", "部门", "时间"), List.of("1", "D1", "2018-01-01")));

        ImportSummary summary = hub.imports.importFile(Side.ONLINE, file, "file", "none.csv");

        assertThat(summary.failure()).isEqualTo("no header row: no row among the first 50 has at least 3 of the headers "
                + "[办件编号, 事项编码, 事项名称, 实施机构, 申请人, 受理时间, 办结时间, 录入时间]");
    }

    @Test
    void shouldReadConfiguredHeaderNames() throws Exception {
        hub = ReconcileFixture.on(hub.dataSource, HeaderNames.of(Map.of(Field.CASE_NUMBER, List.of("申办流水号"),
                Field.ACCEPTED, List.of("收件时间", "受理时间"))));
        Path file = LedgerFiles.csv(dir.resolve("custom.csv"), StandardCharsets.UTF_8, false, List.of(
                List.of("申办流水号", "实施机构", "收件时间"), List.of("D1-0001", "D1", "2018-01-08 09:30")));

        ImportSummary summary = hub.imports.importFile(Side.ACTUAL, file, "file", "custom.csv");

        assertThat(List.of(summary.status(), summary.imported())).isEqualTo(List.of("done", 1));
        assertThat(hub.runs.run(Q1).department("D1").orElseThrow().actual()).isEqualTo(1);
    }

    @Test
    void shouldWriteTheJsonReportExactly() throws Exception {
        ImportSummary actual = importBoth(gbkActual(), xlsxOnline());
        hub.runs.run(Q1);
        var data = hub.reports.data(Q1, List.of(actual.id(), actual.id() + 1)).orElseThrow();

        String json = hub.reports.json(data, new com.fasterxml.jackson.databind.ObjectMapper());

        assertThat(json.replaceAll("\\s", "")).isEqualTo(("{\"quarter\":\"2018Q1\",\"departments\":["
                + "{\"code\":\"D1\",\"name\":\"区市场监督管理局\",\"actual\":4,\"online\":4,\"matched\":4,\"missing\":0,\"late\":0,"
                + "\"onlineOnly\":0,\"onlineRate\":1.0000,\"syncRate\":1.0000,\"flagged\":false},"
                + "{\"code\":\"D2\",\"name\":\"区民政局\",\"actual\":5,\"online\":3,\"matched\":3,\"missing\":2,\"late\":0,"
                + "\"onlineOnly\":0,\"onlineRate\":0.6000,\"syncRate\":0.6000,\"flagged\":true},"
                + "{\"code\":\"D3\",\"name\":\"区人力资源和社会保障局\",\"actual\":4,\"online\":5,\"matched\":4,\"missing\":0,\"late\":1,"
                + "\"onlineOnly\":1,\"onlineRate\":1.0000,\"syncRate\":0.7500,\"flagged\":true},"
                + "{\"code\":\"D4\",\"name\":\"区住房和城乡建设局\",\"actual\":3,\"online\":2,\"matched\":2,\"missing\":1,\"late\":0,"
                + "\"onlineOnly\":0,\"onlineRate\":0.6666,\"syncRate\":0.6666,\"flagged\":true},"
                + "{\"code\":\"D5\",\"name\":\"区教育局\",\"actual\":0,\"online\":0,\"matched\":0,\"missing\":0,\"late\":0,"
                + "\"onlineOnly\":0,\"onlineRate\":null,\"syncRate\":null,\"flagged\":false}],"
                + "\"rejected\":{\"online\":1,\"actual\":3}}"));
    }

    @Test
    void shouldWriteAnXlsxReportWithTheTableTheCaseListsAndTheProblemRowsMasked() throws Exception {
        ImportSummary actual = importBoth(gbkActual(), xlsxOnline());
        hub.runs.run(Q1);
        var data = hub.reports.data(Q1, List.of(actual.id(), actual.id() + 1)).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        hub.reports.xlsx(data, out);

        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            assertThat(XlsxAssert.rows(workbook.getSheet("2018Q1 部门统计"))).containsExactly(
                    List.of("代码", "部门", "实际办件", "网上办件", "匹配", "未上网", "超期录入", "仅网上", "上网率", "同步率", "标记", "连续标记季度"),
                    List.of("D1", "区市场监督管理局", "4", "4", "4", "0", "0", "0", "1", "1", "否", "0"),
                    List.of("D2", "区民政局", "5", "3", "3", "2", "0", "0", "0.6", "0.6", "是", "1"),
                    List.of("D3", "区人力资源和社会保障局", "4", "5", "4", "0", "1", "1", "1", "0.75", "是", "1"),
                    List.of("D4", "区住房和城乡建设局", "3", "2", "2", "1", "0", "0", "0.6666", "0.6666", "是", "1"),
                    List.of("D5", "区教育局", "0", "0", "0", "0", "0", "0", "", "", "否", "0"),
                    List.of("*", "全区", "16", "14", "13", "3", "1", "1", "0.8125", "0.75", "是"));
            assertThat(XlsxAssert.rows(workbook.getSheet("未上网办件"))).extracting(r -> r.subList(0, 7)).containsExactly(
                    List.of("部门代码", "部门", "办件编号", "事项编码", "事项名称", "申请人", "受理时间"),
                    List.of("D2", "区民政局", "D2-0004", Scenario.ITEM_AID, "最低生活保障", "黄**", "2018-02-14 09:00:00"),
                    List.of("D2", "区民政局", "D2-0005", Scenario.ITEM_AID, "最低生活保障", "吴**", "2018-02-15 09:00:00"),
                    List.of("D4", "区住房和城乡建设局", "", "D4ITEM-X", "建筑工程施工许可", "王*", "2018-03-03 10:00:00"));
            assertThat(XlsxAssert.rows(workbook.getSheet("导入问题"))).extracting(r -> r.get(3) + " " + r.get(4))
                    .containsExactly("行号 类型", "8 重复", "22 拒收", "23 拒收", "24 拒收", "6 重复", "18 拒收");
        }
        String html = hub.reports.html(data);
        assertThat(html).contains("<td>D2-0004</td>", "王*", "81.25%").doesNotContain("王五", "黄思源", "吴小五");
    }

    private List<String> numbers(CaseKind kind, String department) {
        return hub.cases.page(Q1, department, kind, 0, 100).stream().map(CaseEntry::caseNumber).collect(Collectors.toList());
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (String table : List.of("reconcile_actual_case", "reconcile_online_case", "reconcile_staged_case", "reconcile_outcome",
                "reconcile_figures")) {
            counts.put(table, hub.jdbc.queryForObject("select count(*) from " + table, Integer.class));
        }
        return counts;
    }

    static BigDecimal rate(String text) {
        return new BigDecimal(text);
    }
}
