package org.egovhub.reconcile.matching;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.egovhub.reconcile.Quarter;

/**
 * A quarter's department table and its district totals.
 *
 * @param computedAt when the quarter was last run
 */
public record QuarterFigures(Quarter quarter, OffsetDateTime computedAt, List<DepartmentFigures> departments) {

    public QuarterFigures {
        departments = List.copyOf(departments);
    }

    /** The district as a whole (code {@code *}, name 全区). */
    public DepartmentFigures total() {
        int actual = 0;
        int online = 0;
        int matched = 0;
        int late = 0;
        for (DepartmentFigures d : departments) {
            actual += d.actual();
            online += d.online();
            matched += d.matched();
            late += d.late();
        }
        return DepartmentFigures.of("*", "全区", actual, online, matched, late);
    }

    /** The flagged departments. */
    public List<DepartmentFigures> flagged() {
        return departments.stream().filter(DepartmentFigures::flagged).toList();
    }

    /** Departments from the lowest synchronized rate up (no actual cases last), for the district summary. */
    public List<DepartmentFigures> ranking() {
        return departments.stream().sorted(java.util.Comparator
                .comparing((DepartmentFigures d) -> d.syncRate() == null ? BigDecimal.TEN : d.syncRate())
                .thenComparing(d -> d.onlineRate() == null ? BigDecimal.TEN : d.onlineRate())
                .thenComparing(DepartmentFigures::code)).toList();
    }

    public java.util.Optional<DepartmentFigures> department(String code) {
        return departments.stream().filter(d -> d.code().equals(code)).findFirst();
    }
}
