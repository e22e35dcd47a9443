package org.egovhub.repost.review;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The yearly statistics table as an XLSX workbook: one sheet of lines, one of totals per level. */
public final class YearlyWorkbook {

    static final List<String> HEADERS = List.of("门户层级", "来源", "栏目分类", "转载条数");

    private YearlyWorkbook() {
    }

    public static void write(YearlyTable table, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet lines = book.createSheet(table.year() + "年转载统计");
            header(lines, HEADERS);
            int r = 1;
            for (YearlyTable.Row row : table.rows()) {
                Row line = lines.createRow(r++);
                line.createCell(0).setCellValue(row.levelLabel());
                line.createCell(1).setCellValue(row.source());
                line.createCell(2).setCellValue(row.category());
                line.createCell(3).setCellValue(row.items());
            }
            Sheet totals = book.createSheet("按层级合计");
            header(totals, List.of("门户层级", "转载条数"));
            r = 1;
            for (Map.Entry<String, Long> level : table.byLevel().entrySet()) {
                Row line = totals.createRow(r++);
                line.createCell(0).setCellValue(level.getKey());
                line.createCell(1).setCellValue(level.getValue());
            }
            Row sum = totals.createRow(r);
            sum.createCell(0).setCellValue("合计");
            sum.createCell(1).setCellValue(table.total());
            book.write(out);
        }
    }

    private static void header(Sheet sheet, List<String> names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            row.createCell(i).setCellValue(names.get(i));
        }
    }
}
