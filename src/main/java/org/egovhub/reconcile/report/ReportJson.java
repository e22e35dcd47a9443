package org.egovhub.reconcile.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.egovhub.reconcile.matching.DepartmentFigures;

/** The shape of {@code report.json}. */
@JsonPropertyOrder({"quarter", "departments", "rejected"})
record ReportJson(String quarter, List<DepartmentFigures> departments, Rejected rejected) {

    @JsonPropertyOrder({"online", "actual"})
    record Rejected(int online, int actual) {
    }
}
