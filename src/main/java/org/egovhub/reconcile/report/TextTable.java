package org.egovhub.reconcile.report;

import java.util.ArrayList;
import java.util.List;
import org.egovhub.reconcile.Side;
import org.egovhub.reconcile.matching.DepartmentFigures;

/** The department table as aligned plain text (Chinese characters count two columns wide). */
final class TextTable {

    private static final List<String> HEADERS = List.of("代码", "部门", "实际", "网上", "匹配", "未上网", "超期", "仅网上", "上网率",
            "同步率", "标记");

    private TextTable() {
    }

    static String render(ReportData data) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADERS);
        for (DepartmentFigures d : data.figures().departments()) {
            rows.add(row(d));
        }
        rows.add(row(data.figures().total()));
        int[] widths = new int[HEADERS.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(data.figures().quarter()).append(' ').append(data.figures().quarter().label()).append('\n');
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                String pad = " ".repeat(widths[i] - width(cell));
                line.append(i < 2 ? cell + pad : pad + cell).append(i == row.size() - 1 ? "" : "  ");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        out.append("拒收行 rejected rows: online ").append(data.rejected(Side.ONLINE)).append(", actual ")
                .append(data.rejected(Side.ACTUAL)).append('\n');
        return out.toString();
    }

    private static List<String> row(DepartmentFigures d) {
        return List.of(d.code(), d.name(), String.valueOf(d.actual()), String.valueOf(d.online()), String.valueOf(d.matched()),
                String.valueOf(d.missing()), String.valueOf(d.late()), String.valueOf(d.onlineOnly()),
                d.onlineRate() == null ? "-" : d.onlineRate().toPlainString(), d.syncRate() == null ? "-" : d.syncRate().toPlainString(),
                d.flagged() ? "*" : "");
    }

    static int width(String text) {
        return text.codePoints().map(c -> c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x20000) ? 2 : 1).sum();
    }
}
