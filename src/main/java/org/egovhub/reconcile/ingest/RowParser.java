package org.egovhub.reconcile.ingest;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.egovhub.platform.privacy.Masking;
import org.egovhub.reconcile.Quarter;
import org.egovhub.reconcile.Side;
import org.egovhub.reconcile.departments.Department;
import org.egovhub.reconcile.departments.Departments;

/** One data row to a case record, or to a rejection naming every problem of the row. */
final class RowParser {

    static final int MAX_CODE_LENGTH = 100;
    static final int MAX_NAME_LENGTH = 500;
    static final String FORMATS = "yyyy-MM-dd HH:mm:ss、yyyy-MM-dd HH:mm、yyyy-MM-dd 或以 / 分隔";

    private final Side side;
    private final Map<Field, Integer> columns;
    private final Departments departments;

    RowParser(Side side, Map<Field, Integer> columns, Departments departments) {
        this.side = side;
        this.columns = columns;
        this.departments = departments;
    }

    void parse(int number, List<String> cells, LedgerParser.Outcomes outcomes) {
        if (blank(cells)) {
            return;
        }
        List<String> problems = new ArrayList<>();
        Department department = department(cell(cells, Field.DEPARTMENT), problems);
        LocalDateTime accepted = time(cells, Field.ACCEPTED, true, problems);
        LocalDateTime finished = time(cells, Field.FINISHED, false, problems);
        LocalDateTime entered = side == Side.ONLINE ? time(cells, Field.ENTERED, false, problems) : null;
        String caseNumber = code(cells, Field.CASE_NUMBER, problems);
        String itemCode = code(cells, Field.ITEM_CODE, problems);
        String applicant = cell(cells, Field.APPLICANT);
        if (caseNumber == null && (itemCode == null || applicant == null)) {
            problems.add("缺少办件编号，且事项编码或申请人为空");
        }
        if (!problems.isEmpty()) {
            outcomes.rejected(new Rejection(number, Masking.mask(String.join("；", problems))));
            return;
        }
        String applicantKey = applicant == null ? null : Applicants.key(applicant);
        String rowKey = caseNumber != null ? CaseRecord.numberedKey(caseNumber)
                : "K" + Applicants.hash(department.code() + "|" + itemCode + "|" + applicantKey + "|" + accepted);
        String itemName = cell(cells, Field.ITEM_NAME);
        if (itemName != null && itemName.length() > MAX_NAME_LENGTH) {
            itemName = itemName.substring(0, MAX_NAME_LENGTH);
        }
        outcomes.accepted(new CaseRecord(number, rowKey, Quarter.of(accepted), department.code(), caseNumber, itemCode,
                itemName, applicantKey, applicant == null ? null : Applicants.mask(applicant), accepted, finished, entered));
    }

    private static boolean blank(List<String> cells) {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private String cell(List<String> cells, Field field) {
        Integer column = columns.get(field);
        if (column == null || column >= cells.size() || cells.get(column) == null) {
            return null;
        }
        String value = cells.get(column).trim();
        return value.isEmpty() ? null : value;
    }

    private Department department(String text, List<String> problems) {
        if (text == null) {
            problems.add("实施机构为空");
            return null;
        }
        Optional<Department> department = departments.find(text);
        if (department.isEmpty()) {
            problems.add("实施机构 '" + text + "' 不是已知部门");
        }
        return department.orElse(null);
    }

    private LocalDateTime time(List<String> cells, Field field, boolean required, List<String> problems) {
        String text = cell(cells, field);
        if (text == null) {
            if (required) {
                problems.add(field.header() + "为空");
            }
            return null;
        }
        Optional<LocalDateTime> time = CaseDates.parse(text);
        if (time.isEmpty()) {
            problems.add(field.header() + " '" + text + "' 不是有效的日期时间（" + FORMATS + "）");
        }
        return time.orElse(null);
    }

    private String code(List<String> cells, Field field, List<String> problems) {
        String text = cell(cells, field);
        if (text == null) {
            return null;
        }
        String code = Applicants.compact(text).toUpperCase(Locale.ROOT);
        if (code.length() > MAX_CODE_LENGTH) {
            problems.add(field.header() + "超过 " + MAX_CODE_LENGTH + " 个字符");
            return null;
        }
        return code;
    }
}
