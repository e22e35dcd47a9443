package org.egovhub.reconcile.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.egovhub.reconcile.Quarter;
import org.egovhub.reconcile.Side;
import org.egovhub.reconcile.departments.Departments;
import org.egovhub.reconcile.matching.CaseLists;
import org.egovhub.reconcile.matching.QuarterRuns;
import org.egovhub.reconcile.store.CaseStore;
import org.egovhub.reconcile.store.ImportSummary;

/** Builds and writes the reports of a quarter. */
public class Reports {

    private final QuarterRuns runs;
    private final CaseLists cases;
    private final CaseStore store;
    private final Departments departments;

    public Reports(QuarterRuns runs, CaseLists cases, CaseStore store, Departments departments) {
        this.runs = runs;
        this.cases = cases;
        this.store = store;
        this.departments = departments;
    }

    /** The report of a quarter that has been run, listing the rows of the given imports. */
    public Optional<ReportData> data(Quarter quarter, List<Long> importIds) {
        List<ImportSummary> imports = importIds.stream().map(store::summary).toList();
        return runs.figures(quarter).map(f -> new ReportData(f, imports));
    }

    /** The report with the imports that brought the quarter's cases. */
    public Optional<ReportData> data(Quarter quarter) {
        return data(quarter, store.importsOf(quarter));
    }

    /** The whole report as XLSX: table, case lists, rejected and duplicate rows. */
    public void xlsx(ReportData data, OutputStream out) throws IOException {
        new XlsxReport(cases, store, departments).write(data, out);
    }

    /** One department's missing and late cases as XLSX (the alert attachment). */
    public void departmentXlsx(Quarter quarter, String department, OutputStream out) throws IOException {
        new XlsxReport(cases, store, departments).department(quarter, department, out);
    }

    /** Only the department table as XLSX, ranked (the leaders' attachment). */
    public void tableXlsx(ReportData data, OutputStream out) throws IOException {
        new XlsxReport(cases, store, departments).table(data.figures(), out);
    }

    public String html(ReportData data) {
        return new HtmlReport(cases, store).render(data);
    }

    /** {@code report.json}: {"quarter", "departments": [...], "rejected": {"online", "actual"}}. */
    public String json(ReportData data, ObjectMapper json) throws IOException {
        // Written from records, not a tree: a tree would strip the rates' trailing zeros (0.8000 -> 0.8).
        ReportJson report = new ReportJson(data.figures().quarter().toString(), data.figures().departments(),
                new ReportJson.Rejected(data.rejected(Side.ONLINE), data.rejected(Side.ACTUAL)));
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(report);
    }

    /** The department table as plain text for a terminal. */
    public String table(ReportData data) {
        return TextTable.render(data);
    }
}
