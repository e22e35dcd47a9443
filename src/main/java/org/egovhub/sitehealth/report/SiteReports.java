package org.egovhub.sitehealth.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.egovhub.sitehealth.check.Check;
import org.egovhub.sitehealth.check.Finding;
import org.egovhub.sitehealth.check.SiteReport;
import org.springframework.web.util.HtmlUtils;

/** Writes a run's reports: JSON (the API's shape), XLSX and HTML, and the console summary. */
public final class SiteReports {

    private static final List<String> FINDING_COLUMNS = List.of("问题类型", "链接/页面", "所在页面", "状态", "栏目", "天数", "错误写法", "正确写法", "上下文");

    private SiteReports() {
    }

    /** Writes {@code report.json}, {@code report.xlsx} and {@code report.html} into {@code dir}. */
    public static void write(SiteReport report, Path dir, ObjectMapper json) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.json"), json.writerWithDefaultPrettyPrinter().writeValueAsString(report),
                StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(dir.resolve("report.xlsx"))) {
            xlsx(report, out);
        }
        Files.writeString(dir.resolve("report.html"), html(report), StandardCharsets.UTF_8);
    }

    /** The summary the command line prints. */
    public static String summary(SiteReport report) {
        StringBuilder out = new StringBuilder();
        out.append("网站检查 ").append(report.root()).append("：").append(report.verdictLabel()).append(" (").append(report.verdict())
                .append(")\n");
        for (Check check : report.checks()) {
            out.append(String.format("  %-10s %6s  预警线 %-4s 否决线 %-4s %s%n", SiteReport.checkLabel(check.check()),
                    Objects.toString(check.value(), "-"), Objects.toString(check.warn(), "-"), Objects.toString(check.veto(), "-"),
                    SiteReport.label(check.status())));
        }
        out.append("  抓取页面 ").append(report.pagesCrawled()).append("，检查链接 ").append(report.linksChecked()).append('\n');
        report.notes().forEach(note -> out.append("  ").append(note).append('\n'));
        return out.toString();
    }

    /** Writes the XLSX report (sheets 检查结果 and 问题清单). */
    public static void xlsx(SiteReport report, OutputStream out) throws IOException {
        // streamed (rows are written in order, never read back): the in-memory XSSF model of a
        // large site's findings took most of the report time (docs/performance.md)
        SXSSFWorkbook book = new SXSSFWorkbook();
        try (book) {
            Sheet checks = book.createSheet("检查结果");
            row(checks, 0, List.of("检查项", "数值", "预警线", "否决线", "结论"));
            int r = 1;
            for (Check check : report.checks()) {
                row(checks, r++, List.of(SiteReport.checkLabel(check.check()), text(check.value()), text(check.warn()), text(check.veto()),
                        SiteReport.label(check.status())));
            }
            row(checks, r + 1, List.of("总体结论", report.verdictLabel()));
            Sheet findings = book.createSheet("问题清单");
            row(findings, 0, FINDING_COLUMNS);
            r = 1;
            for (Finding f : report.findings()) {
                row(findings, r++, cells(f));
            }
            book.write(out);
        } finally {
            book.dispose();
        }
    }

    static String html(SiteReport report) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"utf-8\"><title>网站健康检查报告</title>"
                + "<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px}.veto{color:#b00}.warn{color:#b60}</style>"
                + "</head>\n<body>\n<h1>网站健康检查报告</h1>\n");
        html.append("<p>网站：").append(e(report.root())).append("　检查时间：").append(e(report.ranAt().toString())).append("</p>\n");
        html.append("<p>总体结论：<strong class=\"").append(report.verdict()).append("\">").append(e(report.verdictLabel()))
                .append("</strong></p>\n");
        if (!report.fixFirst().isEmpty()) {
            html.append("<h2>优先整改</h2>\n<ol>\n");
            report.fixFirst().forEach(line -> html.append("<li>").append(e(line)).append("</li>\n"));
            html.append("</ol>\n");
        }
        html.append("<h2>检查结果</h2>\n<table>\n<tr><th>检查项</th><th>数值</th><th>预警线</th><th>否决线</th><th>结论</th></tr>\n");
        for (Check c : report.checks()) {
            html.append("<tr class=\"").append(c.status()).append("\"><td>").append(e(SiteReport.checkLabel(c.check()))).append("</td><td>")
                    .append(text(c.value())).append("</td><td>").append(text(c.warn())).append("</td><td>").append(text(c.veto()))
                    .append("</td><td>").append(e(SiteReport.label(c.status()))).append("</td></tr>\n");
        }
        html.append("</table>\n");
        if (!report.notes().isEmpty()) {
            html.append("<h2>说明</h2>\n<ul>\n");
            report.notes().forEach(note -> html.append("<li>").append(e(note)).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("<h2>问题清单（").append(report.findings().size()).append("）</h2>\n<table>\n<tr>");
        FINDING_COLUMNS.forEach(c -> html.append("<th>").append(c).append("</th>"));
        html.append("</tr>\n");
        for (Finding f : report.findings()) {
            html.append("<tr>");
            cells(f).forEach(c -> html.append("<td>").append(e(c)).append("</td>"));
            html.append("</tr>\n");
        }
        return html.append("</table>\n</body>\n</html>\n").toString();
    }

    private static List<String> cells(Finding f) {
        return List.of(kindLabel(f.kind()), text(f.url()), text(f.page()), text(f.status()), text(f.column()), text(f.days()),
                text(f.found()), text(f.expected()), text(f.context()));
    }

    /** A finding's kind in Chinese. */
    public static String kindLabel(String kind) {
        return switch (kind) {
            case "broken-link" -> "错误链接";
            case "stale-column" -> "栏目未及时更新";
            case "long-stale-column" -> "栏目长期未更新";
            case "blank-column" -> "空白栏目";
            case "homepage-stale" -> "首页未及时更新";
            case "wording" -> "错别字";
            case "unreachable" -> "首页无法访问";
            case "page-budget" -> "达到抓取页数上限";
            case "oversized-page" -> "页面过大（已隔离）";
            case "undeclared-charset" -> "页面未声明字符集";
            case "column-unreadable" -> "栏目页无法读取";
            default -> kind;
        };
    }

    private static void row(Sheet sheet, int index, List<String> values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
