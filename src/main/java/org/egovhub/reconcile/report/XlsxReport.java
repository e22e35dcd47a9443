package org.egovhub.reconcile.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.egovhub.reconcile.Quarter;
import org.egovhub.reconcile.departments.Department;
import org.egovhub.reconcile.departments.Departments;
import org.egovhub.reconcile.matching.CaseEntry;
import org.egovhub.reconcile.matching.CaseKind;
import org.egovhub.reconcile.matching.CaseLists;
import org.egovhub.reconcile.matching.DepartmentFigures;
import org.egovhub.reconcile.matching.QuarterFigures;
import org.egovhub.reconcile.store.CaseStore;
import org.egovhub.reconcile.store.ImportSummary;

/**
 * XLSX reports, streamed (POI's SXSSF keeps a window of rows in memory, the rest on disk), so a
 * report of a million cases takes no more heap than one of ten. A list longer than a sheet holds
 * continues on the next sheet.
 */
final class XlsxReport {

    static final List<String> TABLE_HEADERS = List.of("代码", "部门", "实际办件", "网上办件", "匹配", "未上网", "超期录入", "仅网上",
            "上网率", "同步率", "标记", "连续标记季度");
    static final List<String> CASE_HEADERS = List.of("部门代码", "部门", "办件编号", "事项编码", "事项名称", "申请人", "受理时间", "办结时间",
            "录入时间", "超期天数");
    static final List<String> ISSUE_HEADERS = List.of("数据", "导入", "文件", "行号", "类型", "原因");
    private static final int SHEET_ROWS = 1_048_576;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final CaseLists cases;
    private final CaseStore store;
    private final Departments departments;

    XlsxReport(CaseLists cases, CaseStore store, Departments departments) {
        this.cases = cases;
        this.store = store;
        this.departments = departments;
    }

    void write(ReportData data, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(workbook);
            table(workbook, styles, data.figures(), data.figures().departments(), true);
            for (CaseKind kind : CaseKind.values()) {
                caseSheet(workbook, styles, data.figures().quarter(), data.figures().departments().stream().map(DepartmentFigures::code)
                        .toList(), kind);
            }
            Lines issues = new Lines(workbook, styles, "导入问题", ISSUE_HEADERS);
            for (ImportSummary run : data.imports()) {
                store.eachIssue(run.id(), issue -> issues.add(run.side().label(), run.id(), run.name(), issue.rowNumber(),
                        issue.kind().equals("rejected") ? "拒收" : "重复", issue.reason()));
            }
            workbook.write(out);
        }
    }

    void department(Quarter quarter, String department, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(workbook);
            caseSheet(workbook, styles, quarter, List.of(department), CaseKind.MISSING);
            caseSheet(workbook, styles, quarter, List.of(department), CaseKind.LATE);
            workbook.write(out);
        }
    }

    void table(QuarterFigures figures, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            table(workbook, new Styles(workbook), figures, figures.ranking(), true);
            workbook.write(out);
        }
    }

    private void table(SXSSFWorkbook workbook, Styles styles, QuarterFigures figures, List<DepartmentFigures> rows, boolean total) {
        Lines lines = new Lines(workbook, styles, figures.quarter() + " 部门统计", TABLE_HEADERS);
        for (DepartmentFigures d : rows) {
            lines.figures(d);
        }
        if (total) {
            lines.figures(figures.total());
        }
    }

    private void caseSheet(SXSSFWorkbook workbook, Styles styles, Quarter quarter, List<String> codes, CaseKind kind) {
        Lines lines = new Lines(workbook, styles, kind.label(), CASE_HEADERS);
        for (String code : codes) {
            String name = departments.byCode(code).map(Department::name).orElse(code);
            cases.each(quarter, code, kind, c -> lines.add(code, name, c.caseNumber(), c.itemCode(), c.itemName(), c.applicant(),
                    time(c.acceptedAt()), time(c.finishedAt()), time(c.enteredAt()), c.lateDays()));
        }
    }

    private static String time(LocalDateTime time) {
        return time == null ? null : TIME.format(time);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle rate;

        Styles(SXSSFWorkbook workbook) {
            header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            rate = workbook.createCellStyle();
            rate.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
        }
    }

    /** Rows of one list, going on to a new sheet when one is full. */
    private static final class Lines {
        private final SXSSFWorkbook workbook;
        private final Styles styles;
        private final String title;
        private final List<String> headers;
        private Sheet sheet;
        private int sheets;
        private int next;

        Lines(SXSSFWorkbook workbook, Styles styles, String title, List<String> headers) {
            this.workbook = workbook;
            this.styles = styles;
            this.title = title;
            this.headers = headers;
            newSheet();
        }

        private void newSheet() {
            sheets++;
            sheet = workbook.createSheet(sheets == 1 ? title : title + " (" + sheets + ")");
            Row row = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                row.createCell(i).setCellValue(headers.get(i));
                row.getCell(i).setCellStyle(styles.header);
            }
            next = 1;
        }

        private Row row() {
            if (next == SHEET_ROWS) {
                newSheet();
            }
            return sheet.createRow(next++);
        }

        void add(Object... values) {
            Row row = row();
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value instanceof Number number) {
                    row.createCell(i).setCellValue(number.doubleValue());
                } else if (value != null) {
                    row.createCell(i).setCellValue(value.toString());
                }
            }
        }

        void figures(DepartmentFigures d) {
            Row row = row();
            row.createCell(0).setCellValue(d.code());
            row.createCell(1).setCellValue(d.name());
            int[] counts = {d.actual(), d.online(), d.matched(), d.missing(), d.late(), d.onlineOnly()};
            for (int i = 0; i < counts.length; i++) {
                row.createCell(2 + i).setCellValue(counts[i]);
            }
            rate(row, 8, d.onlineRate());
            rate(row, 9, d.syncRate());
            row.createCell(10).setCellValue(d.flagged() ? "是" : "否");
            if (!"*".equals(d.code())) {
                row.createCell(11).setCellValue(d.flaggedQuarters());
            }
        }

        private void rate(Row row, int column, BigDecimal rate) {
            if (rate != null) {
                row.createCell(column).setCellValue(rate.doubleValue());
                row.getCell(column).setCellStyle(styles.rate);
            }
        }
    }
}
