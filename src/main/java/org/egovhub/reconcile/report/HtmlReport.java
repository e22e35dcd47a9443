package org.egovhub.reconcile.report;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.egovhub.reconcile.matching.CaseEntry;
import org.egovhub.reconcile.matching.CaseKind;
import org.egovhub.reconcile.matching.CaseLists;
import org.egovhub.reconcile.matching.DepartmentFigures;
import org.egovhub.reconcile.store.CaseStore;
import org.egovhub.reconcile.store.ImportIssue;
import org.egovhub.reconcile.store.ImportSummary;
import org.springframework.web.util.HtmlUtils;

/**
 * The report as one self-contained HTML page: the table, then each flagged department's case lists
 * and the import problems, each list cut at {@value #LIST_LIMIT} rows (report.xlsx has them all).
 */
final class HtmlReport {

    static final int LIST_LIMIT = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final CaseLists cases;
    private final CaseStore store;

    HtmlReport(CaseLists cases, CaseStore store) {
        this.cases = cases;
        this.store = store;
    }

    String render(ReportData data) {
        StringBuilder html = new StringBuilder(16 * 1024);
        String title = data.figures().quarter().label() + "网上办件核对";
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>").append(esc(title))
                .append("</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}"
                        + "td,th{border:1px solid #999;padding:.2em .5em}td.n{text-align:right}tr.flagged{background:#fde}"
                        + "tr.total{font-weight:bold}</style></head><body>\n");
        html.append("<h1>").append(esc(title)).append("</h1>\n<table id=\"departments\"><tr>");
        XlsxReport.TABLE_HEADERS.forEach(h -> html.append("<th>").append(esc(h)).append("</th>"));
        html.append("</tr>\n");
        for (DepartmentFigures d : data.figures().departments()) {
            figures(html, d, d.flagged() ? "flagged" : "");
        }
        figures(html, data.figures().total(), "total");
        html.append("</table>\n");
        for (DepartmentFigures d : data.figures().flagged()) {
            for (CaseKind kind : List.of(CaseKind.MISSING, CaseKind.LATE)) {
                List<CaseEntry> list = cases.page(data.figures().quarter(), d.code(), kind, 0, LIST_LIMIT);
                if (!list.isEmpty()) {
                    caseList(html, d.name() + "：" + kind.label(), list, kind == CaseKind.LATE ? d.late() : d.missing());
                }
            }
        }
        issues(html, data);
        html.append("</body></html>\n");
        return html.toString();
    }

    private static void figures(StringBuilder html, DepartmentFigures d, String css) {
        html.append("<tr").append(css.isEmpty() ? "" : " class=\"" + css + "\"").append("><td>").append(esc(d.code()))
                .append("</td><td>").append(esc(d.name())).append("</td>");
        for (int n : new int[] {d.actual(), d.online(), d.matched(), d.missing(), d.late(), d.onlineOnly()}) {
            html.append("<td class=\"n\">").append(n).append("</td>");
        }
        html.append("<td class=\"n\">").append(percent(d.onlineRate())).append("</td><td class=\"n\">").append(percent(d.syncRate()))
                .append("</td><td>").append(d.flagged() ? "是" : "否").append("</td><td class=\"n\">")
                .append("*".equals(d.code()) ? "" : String.valueOf(d.flaggedQuarters())).append("</td></tr>\n");
    }

    /** {@code 0.8123} as {@code 81.23%}; no rate as {@code —}. */
    static String percent(BigDecimal rate) {
        return rate == null ? "—" : rate.movePointRight(2).setScale(2, java.math.RoundingMode.DOWN).toPlainString() + "%";
    }

    private static void caseList(StringBuilder html, String title, List<CaseEntry> list, int total) {
        html.append("<h2>").append(esc(title)).append("（").append(total).append(" 件）</h2>\n<table><tr>");
        for (String h : List.of("办件编号", "事项编码", "事项名称", "申请人", "受理时间", "录入时间", "超期天数")) {
            html.append("<th>").append(h).append("</th>");
        }
        html.append("</tr>\n");
        for (CaseEntry c : list) {
            html.append("<tr><td>").append(esc(c.caseNumber())).append("</td><td>").append(esc(c.itemCode())).append("</td><td>")
                    .append(esc(c.itemName())).append("</td><td>").append(esc(c.applicant())).append("</td><td>")
                    .append(c.acceptedAt() == null ? "" : TIME.format(c.acceptedAt())).append("</td><td>")
                    .append(c.enteredAt() == null ? "" : TIME.format(c.enteredAt())).append("</td><td class=\"n\">")
                    .append(c.lateDays() == null ? "" : c.lateDays()).append("</td></tr>\n");
        }
        html.append("</table>\n");
        if (total > list.size()) {
            html.append("<p>仅列出前 ").append(list.size()).append(" 件，全部见 report.xlsx。</p>\n");
        }
    }

    private void issues(StringBuilder html, ReportData data) {
        for (ImportSummary run : data.imports()) {
            html.append("<h2>").append(esc(run.side().label())).append("导入 #").append(run.id()).append("：").append(esc(run.name()))
                    .append("</h2>\n<p>读取 ").append(run.read()).append(" 行，新增 ").append(run.imported()).append(" 件，重复 ")
                    .append(run.duplicates()).append(" 行，拒收 ").append(run.rejected()).append(" 行")
                    .append(run.failed() ? "；导入失败：" + esc(run.failure()) : "").append("</p>\n");
            List<ImportIssue> shown = new ArrayList<>();
            store.eachIssue(run.id(), issue -> {
                if (shown.size() < LIST_LIMIT) {
                    shown.add(issue);
                }
            });
            if (!shown.isEmpty()) {
                html.append("<table class=\"issues\"><tr><th>行号</th><th>类型</th><th>原因</th></tr>\n");
                for (ImportIssue issue : shown) {
                    html.append("<tr><td class=\"n\">").append(issue.rowNumber()).append("</td><td>")
                            .append(issue.kind().equals(ImportIssue.REJECTED) ? "拒收" : "重复").append("</td><td>")
                            .append(esc(issue.reason())).append("</td></tr>\n");
                }
                html.append("</table>\n");
            }
        }
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
