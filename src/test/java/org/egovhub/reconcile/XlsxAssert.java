package org.egovhub.reconcile;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reads a sheet back as text rows (numbers without formatting), for exact assertions. */
final class XlsxAssert {

    private XlsxAssert() {
    }

    static List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.getLastCellNum(); i++) {
                var cell = row.getCell(i);
                if (cell == null) {
                    cells.add("");
                } else if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    cells.add(new java.math.BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros().toPlainString());
                } else {
                    cells.add(new DataFormatter().formatCellValue(cell));
                }
            }
            rows.add(cells);
        }
        return rows;
    }
}
