package org.egovhub.reconcile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.egovhub.reconcile.departments.Department;
import org.egovhub.reconcile.departments.Departments;
import org.egovhub.platform.trace.Trace;
import org.egovhub.platform.trace.TraceContributor;
import org.egovhub.platform.trace.TraceStep;
import org.egovhub.platform.trace.TracedRecord;
import org.egovhub.reconcile.ingest.CaseRecord;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reconciliation's part of a record trace: a case by its 办件编号 on both ledgers (accepted,
 * finished, entered online, which import brought it) and what the quarter's run made of it
 * (matched, late, missing, online only). Applicants are shown masked, as stored. Reconciliation
 * has no queues to look on.
 */
class ReconcileTrace implements TraceContributor {

    static final String CAPABILITY = "办件对账";
    private static final int MAX_ROWS = 20;
    private static final String ACTUAL = "select a.quarter, a.department, a.item_name, a.applicant_masked, a.accepted_at, a.finished_at,"
            + " null as entered_at, i.name as import_name, i.finished_at as imported_at, r.kind as outcome"
            + " from reconcile_actual_case a join reconcile_import i on i.id = a.import_id"
            + " left join reconcile_outcome r on r.actual_id = a.id and r.quarter = a.quarter where a.row_key = ? order by a.id limit ?";
    private static final String ONLINE = "select o.quarter, o.department, o.item_name, o.applicant_masked, o.accepted_at, o.finished_at,"
            + " o.entered_at, i.name as import_name, i.finished_at as imported_at, r.kind as outcome"
            + " from reconcile_online_case o join reconcile_import i on i.id = o.import_id"
            + " left join reconcile_outcome r on r.online_id = o.id and r.quarter = o.quarter where o.row_key = ? order by o.id limit ?";

    private final JdbcTemplate jdbc;
    private final Departments departments;
    private final Clock clock;

    ReconcileTrace(JdbcTemplate jdbc, Departments departments, Clock clock) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.clock = clock;
    }

    private record Row(boolean online, String quarter, String department, String item, String applicant, LocalDateTime accepted,
            LocalDateTime finished, LocalDateTime entered, String importName, OffsetDateTime importedAt, String outcome) {
    }

    @Override
    public Trace trace(String query) {
        Map<String, List<Row>> cases = new LinkedHashMap<>();
        for (boolean online : new boolean[] {false, true}) {
            jdbc.query(online ? ONLINE : ACTUAL, (ResultSet rs) -> {
                Row row = row(rs, online);
                cases.computeIfAbsent(row.quarter() + "\u0000" + row.department(), k -> new ArrayList<>()).add(row);
            }, CaseRecord.numberedKey(query), MAX_ROWS); // unique and indexed: no index on case_no to fill per row
        }
        List<TracedRecord> records = cases.values().stream().map(rows -> record(query, rows)).toList();
        return new Trace(CAPABILITY, List.of("实际办件与网上办件台账（办件编号）"), records, List.of());
    }

    /** A row with its outcome of the quarter's last run: 'missing', 'online-only', 'late', or none when matched in time. */
    private static Row row(ResultSet rs, boolean online) throws SQLException {
        return new Row(online, rs.getString("quarter"), rs.getString("department"), rs.getString("item_name"),
                rs.getString("applicant_masked"), rs.getObject("accepted_at", LocalDateTime.class),
                rs.getObject("finished_at", LocalDateTime.class), rs.getObject("entered_at", LocalDateTime.class),
                rs.getString("import_name"), rs.getObject("imported_at", OffsetDateTime.class), rs.getString("outcome"));
    }

    private TracedRecord record(String caseNumber, List<Row> rows) {
        Row first = rows.get(0);
        String department = departments.byCode(first.department()).map(Department::name).orElse(first.department());
        List<TraceStep> steps = new ArrayList<>();
        for (Row row : rows) {
            String ledger = CAPABILITY + " · " + (row.online() ? "网上办件台账" : "实际办件台账");
            steps.add(new TraceStep(at(row.accepted()), ledger, "受理", row.item() + "，申请人 " + row.applicant()));
            if (row.finished() != null) {
                steps.add(new TraceStep(at(row.finished()), ledger, "办结", null));
            }
            if (row.entered() != null) {
                steps.add(new TraceStep(at(row.entered()), ledger, "录入网上办件系统", null));
            }
            steps.add(new TraceStep(row.importedAt(), ledger, "导入平台", row.importName()));
        }
        steps.sort(Comparator.comparing(TraceStep::at, Comparator.nullsLast(Comparator.naturalOrder())));
        boolean run = !jdbc.queryForList("select quarter from reconcile_quarter_run where quarter = ?", String.class,
                first.quarter()).isEmpty();
        return new TracedRecord(CAPABILITY, "办件", caseNumber, first.quarter() + " · " + department + " · " + first.item(),
                status(rows, run), steps);
    }

    private static String status(List<Row> rows, boolean run) {
        if (!run) {
            return "该季度尚未对账";
        }
        if (rows.stream().anyMatch(r -> "late".equals(r.outcome()))) {
            return "已上网，录入超期（未同步）";
        }
        if (rows.stream().anyMatch(r -> "missing".equals(r.outcome()))) {
            return "未上网（实际办件无对应的网上办件）";
        }
        if (rows.stream().anyMatch(r -> "online-only".equals(r.outcome()))) {
            return "仅网上有记录（无对应的实际办件）";
        }
        return "已上网，按时同步";
    }

    private OffsetDateTime at(LocalDateTime time) {
        return time == null ? null : time.atZone(clock.getZone()).toOffsetDateTime();
    }
}
