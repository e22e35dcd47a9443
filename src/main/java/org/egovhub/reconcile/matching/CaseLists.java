package org.egovhub.reconcile.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.egovhub.reconcile.Quarter;
import org.springframework.jdbc.core.JdbcTemplate;

/** The cases behind a department's figures as of the quarter's last run, by acceptance time. */
public class CaseLists {

    private static final String MISSING = "select a.case_no, a.item_code, a.item_name, a.applicant_masked, a.accepted_at,"
            + " a.finished_at, cast(null as timestamp) entered_at, cast(null as integer) late_days"
            + " from reconcile_outcome r join reconcile_actual_case a on a.id = r.actual_id"
            + " where r.quarter = ? and r.department = ? and r.kind = 'missing' order by a.accepted_at, a.id";
    private static final String LATE = "select a.case_no, a.item_code, a.item_name, a.applicant_masked, a.accepted_at,"
            + " a.finished_at, coalesce(o.entered_at, o.accepted_at) entered_at,"
            + " coalesce(o.entered_day, o.accepted_day) - a.accepted_day late_days"
            + " from reconcile_outcome r join reconcile_actual_case a on a.id = r.actual_id join reconcile_online_case o on o.id = r.online_id"
            + " where r.quarter = ? and r.department = ? and r.kind = 'late' order by a.accepted_at, a.id";
    private static final String ONLINE_ONLY = "select o.case_no, o.item_code, o.item_name, o.applicant_masked, o.accepted_at,"
            + " o.finished_at, o.entered_at, cast(null as integer) late_days"
            + " from reconcile_outcome r join reconcile_online_case o on o.id = r.online_id"
            + " where r.quarter = ? and r.department = ? and r.kind = 'online-only' order by o.accepted_at, o.id";

    private final JdbcTemplate jdbc;

    public CaseLists(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One page (0-based) of a list. */
    public List<CaseEntry> page(Quarter quarter, String department, CaseKind kind, int page, int size) {
        return jdbc.query(sql(kind) + " limit ? offset ?", CaseLists::entry, quarter.toString(), department, size,
                (long) page * size);
    }

    /** Every case of a list, streamed (for attachments and reports of any size). */
    public void each(Quarter quarter, String department, CaseKind kind, Consumer<CaseEntry> each) {
        jdbc.query(sql(kind), rs -> {
            each.accept(entry(rs, 0));
        }, quarter.toString(), department);
    }

    private static String sql(CaseKind kind) {
        return switch (kind) {
            case MISSING -> MISSING;
            case LATE -> LATE;
            case ONLINE_ONLY -> ONLINE_ONLY;
        };
    }

    private static CaseEntry entry(ResultSet rs, int n) throws SQLException {
        int lateDays = rs.getInt(8);
        return new CaseEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDateTime.class), rs.getObject(6, LocalDateTime.class), rs.getObject(7, LocalDateTime.class),
                rs.wasNull() ? null : lateDays);
    }
}
