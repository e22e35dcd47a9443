package org.egovhub.reconcile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.egovhub.platform.audit.Audit;
import org.egovhub.reconcile.alerting.AlertSend;
import org.egovhub.reconcile.alerting.QuarterAlerts;
import org.egovhub.reconcile.matching.CaseEntry;
import org.egovhub.reconcile.matching.CaseKind;
import org.egovhub.reconcile.matching.CaseLists;
import org.egovhub.reconcile.matching.DepartmentFigures;
import org.egovhub.reconcile.matching.QuarterFigures;
import org.egovhub.reconcile.matching.QuarterRuns;
import org.egovhub.reconcile.metrics.ReconcileMetrics;
import org.egovhub.reconcile.pull.ExchangePull;
import org.egovhub.reconcile.report.Reports;
import org.egovhub.reconcile.store.CaseStore;
import org.egovhub.reconcile.store.ImportIssue;
import org.egovhub.reconcile.store.ImportSummary;
import org.egovhub.reconcile.store.LedgerImports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an administrator can do with reconciliation, for the REST API, the drop folders, the
 * schedule and a console: import a ledger, run a quarter (and send its alerts once), resend its
 * alerts, read its table, case lists and report. Importing rows of a quarter that was run reruns it
 * (without alerts), so its figures stay current.
 */
public class ReconcileService {

    private static final Logger log = LoggerFactory.getLogger(ReconcileService.class);

    private final LedgerImports imports;
    private final CaseStore store;
    private final QuarterRuns runs;
    private final CaseLists cases;
    private final Reports reports;
    private final QuarterAlerts alerts;
    private final ReconcileMetrics metrics;
    private final ExchangePull pull;
    private final Audit audit;

    public ReconcileService(LedgerImports imports, CaseStore store, QuarterRuns runs, CaseLists cases, Reports reports,
            QuarterAlerts alerts, ReconcileMetrics metrics, ExchangePull pull, Audit audit) {
        this.audit = audit;
        this.metrics = metrics;
        this.pull = pull;
        this.imports = imports;
        this.store = store;
        this.runs = runs;
        this.cases = cases;
        this.reports = reports;
        this.alerts = alerts;
    }

    /** A quarter with figures and its district totals. */
    public record QuarterTotal(Quarter quarter, java.time.OffsetDateTime computedAt, DepartmentFigures total) {
    }

    /** A quarter's run: its figures and the alerts this run sent. */
    public record RunOutcome(QuarterFigures figures, List<AlertSend> alerts) {
    }

    /** A page of a case list. */
    public record CasePage(String quarter, String department, String kind, int page, int size, int total, List<CaseEntry> cases) {
    }

    /** An import and its problem rows (the first {@code limit}). */
    public record ImportOutcome(ImportSummary summary, List<ImportIssue> issues) {
    }

    /** Imports a file of one side; reruns the quarters it touched that were run before. */
    public ImportOutcome importFile(Side side, Path file, String source, String name) {
        ImportSummary summary = imports.importFile(side, file, source, name);
        metrics.imported(summary);
        rerunTouched(summary);
        metrics.refresh();
        return new ImportOutcome(summary, store.issues(summary.id()));
    }

    /** Pulls the new rows of the enabled exchange tables. */
    public List<ImportSummary> pull() {
        List<ImportSummary> pulled = pull.pullAll();
        pulled.forEach(summary -> {
            metrics.imported(summary);
            rerunTouched(summary);
        });
        if (!pulled.isEmpty()) {
            metrics.refresh();
        }
        return pulled;
    }

    /** Imports an uploaded file (kept in a temporary file while it is read). */
    public ImportOutcome importUpload(Side side, String name, InputStream content, String actor) throws IOException {
        Path file = Files.createTempFile("reconcile-upload-", ".tmp");
        try {
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            log.info("{} uploads {} ledger {}", actor, side.key(), name);
            ImportOutcome outcome = importFile(side, file, "upload", name);
            ImportSummary s = outcome.summary();
            audit.record(actor, "reconcile.import", side.key() + "/" + name, Audit.detail("import", s.id(), "status", s.status(),
                    "imported", s.imported(), "duplicates", s.duplicates(), "rejected", s.rejected()));
            return outcome;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    void rerunTouched(ImportSummary summary) {
        if (summary.failed() || summary.imported() == 0) {
            return;
        }
        List<Quarter> run = runs.quarters();
        summary.quarters().stream().filter(run::contains).forEach(runs::run);
    }

    /** Runs the quarter and sends the alerts of it that were not sent yet. */
    public RunOutcome run(Quarter quarter, String actor) {
        log.info("{} runs reconciliation of {}", actor, quarter);
        QuarterFigures figures = runs.run(quarter);
        metrics.refresh();
        RunOutcome outcome = new RunOutcome(figures, alerts.send(figures, false));
        audit.record(actor, "reconcile.run", quarter.toString(), Audit.detail("departments", figures.departments().size(),
                "alertsSent", outcome.alerts().size()));
        return outcome;
    }

    /** Sends every alert of a run quarter once more. */
    public Optional<List<AlertSend>> resend(Quarter quarter, String actor) {
        log.info("{} resends the alerts of {}", actor, quarter);
        Optional<List<AlertSend>> sent = runs.figures(quarter).map(figures -> alerts.send(figures, true));
        sent.ifPresent(s -> audit.record(actor, "reconcile.resend", quarter.toString(), Audit.detail("alerts", s.size())));
        return sent;
    }

    /**
     * Sends one alert of a run quarter once more: a flagged department's (by its code) or, for
     * {@code *}, the district summary to the leaders. Audited.
     *
     * @throws org.egovhub.platform.NotFoundException when the quarter was not run or has no such alert
     */
    public AlertSend resendAlert(Quarter quarter, String department, String actor) {
        QuarterFigures figures = runs.figures(quarter).orElseThrow(() -> new org.egovhub.platform.NotFoundException(
                quarter + " has not been run"));
        AlertSend sent = alerts.resendOne(figures, department).orElseThrow(() -> new org.egovhub.platform.NotFoundException(
                "No alert of " + department + " in " + quarter + ": only flagged departments and the summary (*) have one"));
        log.info("{} resends the {} alert {} of {}", actor, sent.kind(), department, quarter);
        audit.record(actor, "reconcile.resend", quarter + "/" + department, Audit.detail("kind", sent.kind(),
                "resend", sent.resendNo(), "recipients", sent.recipients().size()));
        return sent;
    }

    public List<QuarterTotal> quarters() {
        return runs.quarters().stream().map(q -> runs.figures(q).orElseThrow())
                .map(f -> new QuarterTotal(f.quarter(), f.computedAt(), f.total())).toList();
    }

    public Optional<QuarterFigures> figures(Quarter quarter) {
        return runs.figures(quarter);
    }

    /** A page of a department's case list; empty when the quarter was not run or the department is unknown. */
    public Optional<CasePage> cases(Quarter quarter, String department, CaseKind kind, int page, int size) {
        return runs.figures(quarter).flatMap(f -> f.department(department)).map(d -> new CasePage(quarter.toString(), department,
                kind.key(), page, size, switch (kind) {
                    case MISSING -> d.missing();
                    case LATE -> d.late();
                    case ONLINE_ONLY -> d.onlineOnly();
                }, cases.page(quarter, department, kind, page, size)));
    }

    /** Writes the quarter's XLSX report; false when the quarter was not run. */
    public boolean reportXlsx(Quarter quarter, OutputStream out) throws IOException {
        var data = reports.data(quarter);
        if (data.isEmpty()) {
            return false;
        }
        reports.xlsx(data.get(), out);
        return true;
    }

    public List<AlertSend> alerts(Quarter quarter) {
        return alerts.sends(quarter);
    }
}
