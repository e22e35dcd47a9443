package org.egovhub.reconcile.matching;

import java.util.ArrayList;
import java.util.List;
import org.egovhub.reconcile.DatabaseProduct;
import org.egovhub.reconcile.Quarter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rewrites the outcome of one quarter ({@code reconcile_outcome}) in one SQL statement, set-based,
 * each department on its own:
 * <ol>
 * <li>one pass over both sides: a full outer join on case number (and department) finds the late
 *     pairs and the records left unmatched, with the keys of the second rule;</li>
 * <li>over what is left unmatched only: by department, item code and applicant on the same acceptance
 *     date, then the same within the date window.</li>
 * </ol>
 * The second rule pairs only records of which at least one side lacks a case number (two different case
 * numbers are two cases): first actual records without a case number against any online record, then
 * actual records with one against online records without; it pairs the n-th unmatched record of a group
 * on one side with the n-th on the other, in acceptance order, so that every record is matched at most
 * once. A match is late when the online record was entered (its 录入时间, else its own 受理时间) more than
 * {@code lateAfterDays} days after the actual acceptance date.
 *
 * <p>Each pass of the second rule is a common table expression over what the pass before left, so
 * only the final rows are written: the missing, online-only and late cases. Matched records that are
 * not late are not written: matched = actual − missing. (Writing the remainder into the indexed
 * outcome table, pairing there and deleting the paired rows again took 5 to 20 % longer on a quiet
 * machine, up to 1.5 times as long under load; see docs/performance.md.) Call inside a transaction.
 */
class QuarterMatcher {

    /** PostgreSQL's memory for the sorts and hashes of a run (its {@code work_mem}, twice that for hashes). */
    static final String WORK_MEM = "128MB";

    private static final String ACTUAL = "(select id, department, case_no, item_code, applicant_key, accepted_day, accepted_at"
            + " from reconcile_actual_case where quarter = ?)";
    private static final String ONLINE = "(select id, department, case_no, item_code, applicant_key, accepted_day, accepted_at,"
            + " entered_day from reconcile_online_case where quarter = ?)";
    private static final String BY_NUMBER = " on o.case_no = a.case_no and o.department = a.department";
    private static final String KEYS = "department, kind, actual_id, online_id, numbered, item_code, applicant_key, accepted_day,"
            + " accepted_at, entered_day";

    /** One pass of the second rule: which actual and online records take part, and whether on the same day. */
    private record Pass(boolean actualNumbered, boolean sameDay) {
    }

    private final JdbcTemplate jdbc;
    private final boolean fullJoin;

    QuarterMatcher(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        // H2 has no FULL OUTER JOIN: there the first pass is a left join and an anti-join.
        this.fullJoin = DatabaseProduct.isPostgres(jdbc);
    }

    void match(Quarter quarter, MatchingProperties settings) {
        String q = quarter.toString();
        jdbc.update("delete from reconcile_outcome where quarter = ?", q);
        if (fullJoin) {
            // The join's hash table of a quarter of 1 000 000 cases takes some 130 MB: in the default 4 MB
            // PostgreSQL spills it to disk in 64 batches. For this transaction only.
            jdbc.execute("set local work_mem = '" + WORK_MEM + "'");
        }
        List<Pass> passes = new ArrayList<>();
        // Actual records without a case number against any online record, then the other way round.
        for (boolean actualNumbered : new boolean[] {false, true}) {
            passes.add(new Pass(actualNumbered, true));
            if (settings.dateWindowDays() > 0) {
                passes.add(new Pass(actualNumbered, false));
            }
        }
        String sql = statement(passes, settings);
        // every parameter of the statement is the quarter
        Object[] quarterEverywhere = new Object[(int) sql.chars().filter(c -> c == '?').count()];
        java.util.Arrays.fill(quarterEverywhere, q);
        jdbc.update(sql, quarterEverywhere);
    }

    private String statement(List<Pass> passes, MatchingProperties settings) {
        String late = "(coalesce(o.entered_day, o.accepted_day) - a.accepted_day) > " + settings.lateAfterDays();
        StringBuilder sql = new StringBuilder("insert into reconcile_outcome (quarter, department, kind, actual_id, online_id)")
                .append(" with j (").append(KEYS).append(") as (").append(byNumber(late)).append(")")
                .append(", m0 as (select * from j where kind = 'missing'), o0 as (select * from j where kind = 'online-only')");
        for (int k = 1; k <= passes.size(); k++) {
            Pass pass = passes.get(k - 1);
            String partition = "department, item_code, applicant_key" + (pass.sameDay() ? ", accepted_day" : "");
            String day = pass.sameDay() ? "o.accepted_day = a.accepted_day"
                    : "abs(o.accepted_day - a.accepted_day) <= " + settings.dateWindowDays();
            sql.append(", p").append(k).append(" as (select a.department, a.actual_id, o.online_id, ").append(late).append(" late")
                    .append(" from ").append(numbered("m" + (k - 1), "actual_id", partition, pass.actualNumbered() ? "numbered" : "not numbered"))
                    .append(" a join ").append(numbered("o" + (k - 1), "online_id", partition, pass.actualNumbered() ? "not numbered" : "1 = 1"))
                    .append(" o on o.department = a.department and o.item_code = a.item_code and o.applicant_key = a.applicant_key")
                    .append(" and o.rn = a.rn and ").append(day).append(")");
            for (String[] side : new String[][] {{"m", "actual_id"}, {"o", "online_id"}}) {
                sql.append(", ").append(side[0]).append(k).append(" as (select * from ").append(side[0]).append(k - 1)
                        .append(" r where not exists (select 1 from p").append(k).append(" p where p.").append(side[1])
                        .append(" = r.").append(side[1]).append("))");
            }
        }
        int last = passes.size();
        // typed, for H2: it cannot type a parameter or a null in a union's select list
        String quarter = "cast(? as varchar(6))";
        sql.append(" select ").append(quarter).append(", department, 'late', actual_id, online_id from j where kind = 'late'");
        for (int k = 1; k <= last; k++) {
            sql.append(" union all select ").append(quarter).append(", department, 'late', actual_id, online_id from p").append(k)
                    .append(" where late");
        }
        sql.append(" union all select ").append(quarter).append(", department, 'missing', actual_id, cast(null as bigint) from m")
                .append(last).append(" union all select ").append(quarter)
                .append(", department, 'online-only', cast(null as bigint), online_id from o").append(last);
        return sql.toString();
    }

    /** The first pass: the records matched by case number that are late, and those matched by none. */
    private String byNumber(String late) {
        if (fullJoin) {
            return "select coalesce(a.department, o.department), case when o.id is null then 'missing'"
                    + " when a.id is null then 'online-only' else 'late' end, a.id, o.id,"
                    + " case when o.id is null then a.case_no is not null else o.case_no is not null end,"
                    + " case when o.id is null then a.item_code else o.item_code end,"
                    + " case when o.id is null then a.applicant_key else o.applicant_key end,"
                    + " case when o.id is null then a.accepted_day else o.accepted_day end,"
                    + " case when o.id is null then a.accepted_at else o.accepted_at end, o.entered_day"
                    + " from " + ACTUAL + " a full outer join " + ONLINE + " o" + BY_NUMBER
                    + " where a.id is null or o.id is null or " + late;
        }
        return "select a.department, case when o.id is null then 'missing' else 'late' end, a.id, o.id,"
                + " a.case_no is not null, a.item_code, a.applicant_key, a.accepted_day, a.accepted_at, o.entered_day"
                + " from " + ACTUAL + " a left join " + ONLINE + " o" + BY_NUMBER + " where o.id is null or " + late
                + " union all select o.department, 'online-only', cast(null as bigint), o.id, o.case_no is not null, o.item_code, o.applicant_key,"
                + " o.accepted_day, o.accepted_at, o.entered_day from " + ONLINE + " o"
                + " where not exists (select 1 from " + ACTUAL + " a where a.case_no = o.case_no and a.department = o.department)";
    }

    /** The unmatched records of one side left by the pass before that take part in this one, numbered within their group in acceptance order. */
    private static String numbered(String left, String idColumn, String partition, String numberCondition) {
        return "(select r.*, row_number() over (partition by " + partition + " order by accepted_at, " + idColumn + ") rn"
                + " from " + left + " r where item_code is not null and applicant_key is not null and " + numberCondition + ")";
    }
}
