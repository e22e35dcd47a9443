package org.egovhub.sitehealth.hub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.egovhub.alert.Alert;
import org.egovhub.alert.AlertProperties;
import org.egovhub.alert.Alerts;
import org.egovhub.platform.stage.StageResult;
import org.egovhub.sitehealth.SiteFile;
import org.egovhub.sitehealth.check.Check;
import org.egovhub.sitehealth.check.Finding;
import org.egovhub.sitehealth.check.SiteReport;
import org.egovhub.sitehealth.report.SiteReports;
import org.springframework.stereotype.Component;

/**
 * The stage of {@code sitehealth.alert}: after a run, mails the site's editors and the
 * administrators the findings whose check reached its warning or veto level and that were not
 * alerted yet (one mail per run, with the XLSX report), through the hub's alert channel. A finding
 * is alerted once until a run no longer has it; back after that, it is alerted again. Only the
 * newest done run alerts (an older one arriving late says nothing new).
 */
@Component("siteAlertStage")
public class SiteAlertStage {

    /** The check each kind of finding counts toward; other kinds (the crawl's own) do not alert. */
    static final Map<String, String> CHECK_OF = Map.of("homepage-stale", "homepage-stale", "stale-column", "stale-columns",
            "long-stale-column", "long-stale-columns", "blank-column", "blank-columns", "broken-link", "broken-links",
            "wording", "wording", "unreachable", "unreachable");

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SiteRuns runs;
    private final SiteAlertLedger ledger;
    private final SiteWatch watch;
    private final AlertProperties alerting;

    SiteAlertStage(SiteRuns runs, SiteAlertLedger ledger, SiteWatch watch, AlertProperties alerting) {
        this.runs = runs;
        this.ledger = ledger;
        this.watch = watch;
        this.alerting = alerting;
    }

    /** Stage: alerts what run {@code request.runId()} found first. */
    public StageResult alert(SiteRunRequest request) {
        long id = request.runId();
        Optional<SiteReport> report = runs.report(id);
        if (report.isEmpty() || !runs.latestDone().equals(Optional.of(id))) {
            return StageResult.none();
        }
        Set<String> levelled = report.get().checks().stream().filter(c -> !c.status().equals("pass")).map(Check::check)
                .collect(Collectors.toSet());
        List<Finding> alertable = report.get().findings().stream().filter(f -> levelled.contains(CHECK_OF.get(f.kind()))).toList();
        List<Finding> claimed = ledger.claim(id, new HashSet<>(runs.keys(id)), alertable);
        if (claimed.isEmpty()) {
            return StageResult.none();
        }
        return StageResult.of(List.of(Alerts.outgoing(mail(id, report.get(), claimed))));
    }

    private Alert mail(long id, SiteReport report, List<Finding> findings) {
        Set<String> to = new LinkedHashSet<>(watch.site().map(SiteFile::editors).orElse(List.of()));
        if (!to.isEmpty()) {
            to.addAll(alerting.administrators());
        }
        String subject = "【网站健康检查】" + report.root() + "：" + report.verdictLabel() + "，" + findings.size() + " 个问题待整改";
        StringBuilder body = new StringBuilder();
        body.append("网站 ").append(report.root()).append(" 第 ").append(id).append(" 次检查（").append(report.ranAt())
                .append("）结论：").append(report.verdictLabel()).append("。\n\n");
        body.append("以下 ").append(findings.size()).append(" 个问题达到预警线或否决线，为首次提醒（整改前不再重复提醒）：\n");
        int n = 1;
        for (Finding f : findings) {
            body.append(n++).append(". ").append(describe(f)).append('\n');
        }
        if (!report.fixFirst().isEmpty()) {
            body.append("\n优先整改：\n");
            report.fixFirst().forEach(line -> body.append("- ").append(line).append('\n'));
        }
        body.append("\n完整报告见附件，或 /api/site/runs/").append(id).append("/report.xlsx。\n");
        String name = "网站健康检查-第" + id + "次.xlsx";
        return new Alert("sitehealth.run." + id, List.copyOf(to), List.of(), subject, body.toString(),
                List.of(new Alert.Attachment(name, XLSX, xlsx(report))));
    }

    /** A finding in one Chinese line. */
    static String describe(Finding f) {
        String label = SiteReports.kindLabel(f.kind());
        return switch (f.kind()) {
            case "broken-link" -> label + "：" + f.url() + (f.page() == null ? "" : "（所在页面 " + f.page() + "）") + "，状态 " + f.status();
            case "stale-column", "long-stale-column" -> label + "：「" + f.column() + "」" + f.days() + " 天未更新";
            case "blank-column" -> label + "：「" + f.column() + "」";
            case "homepage-stale" -> label + "：首页 " + f.days() + " 天未更新";
            case "wording" -> label + "：" + f.page() + " 中「" + f.found() + "」应为「" + f.expected() + "」（" + f.context() + "）";
            case "unreachable" -> label + "：" + f.url() + "，" + f.status();
            default -> label + "：" + (f.url() == null ? "" : f.url());
        };
    }

    private static byte[] xlsx(SiteReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            SiteReports.xlsx(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
