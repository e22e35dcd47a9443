package org.egovhub.reconcile.matching;

import org.egovhub.reconcile.DatabaseProduct;
import org.egovhub.reconcile.Quarter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rewrites the outcome of one quarter ({@code reconcile_outcome}) in SQL, set-based, each department on
 * its own:
 * <ol>
 * <li>one pass over both sides: a full outer join on case number (and department) writes the late pairs
 *     and the records left unmatched, with the keys of the second rule;</li>
 * <li>over what is left unmatched only: by department, item code and applicant on the same acceptance
 *     date, then the same within the date window.</li>
 * </ol>
 * The second rule pairs only records of which at least one side lacks a case number (two different case
 * numbers are two cases): first actual records without a case number against any online record, then
 * actual records with one against online records without; it pairs the n-th unmatched record of a group
 * on one side with the n-th on the other, in acceptance order, so that every record is matched at most
 * once. A match is late when the online record was entered (its 录入时间, else its own 受理时间) more than
 * {@code lateAfterDays} days after the actual acceptance date. Matched records that are not late are not
 * written: matched = actual − missing. Call inside a transaction.
 */
class QuarterMatcher {

    private static final String OUTCOME = "insert into reconcile_outcome (quarter, department, kind, actual_id, online_id,"
            + " numbered, item_code, applicant_key, accepted_day, accepted_at, entered_day) ";
    private static final String ACTUAL = "(select id, department, case_no, item_code, applicant_key, accepted_day, accepted_at"
            + " from reconcile_actual_case where quarter = ?)";
    private static final String ONLINE = "(select id, department, case_no, item_code, applicant_key, accepted_day, accepted_at,"
            + " entered_day from reconcile_online_case where quarter = ?)";
    private static final String LATE = "(coalesce(o.entered_day, o.accepted_day) - a.accepted_day) > ?";
    private static final String UNMATCHED_ACTUAL = "'missing', a.id, null, a.case_no is not null, a.item_code, a.applicant_key,"
            + " a.accepted_day, a.accepted_at, null";
    private static final String UNMATCHED_ONLINE = "'online-only', null, o.id, o.case_no is not null, o.item_code,"
            + " o.applicant_key, o.accepted_day, o.accepted_at, o.entered_day";
    private static final String BY_NUMBER = " on o.case_no = a.case_no and o.department = a.department";

    /** PostgreSQL's memory for the sorts and hashes of a run (its {@code work_mem}, twice that for hashes). */
    static final String WORK_MEM = "128MB";

    private final JdbcTemplate jdbc;
    private final boolean fullJoin;

    QuarterMatcher(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        // H2 has no FULL OUTER JOIN: there the pass is a left join and an anti-join.
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
        byNumber(q, settings);
        if (fullJoin) {
            // Fresh statistics for the passes over the remainder (without, PostgreSQL plans it as a handful of rows).
            jdbc.execute("analyze reconcile_outcome");
        }
        // Actual records without a case number against any online record, then the other way round.
        for (boolean actualHasNumber : new boolean[] {false, true}) {
            String actualNumber = actualHasNumber ? "r.numbered" : "not r.numbered";
            String onlineNumber = actualHasNumber ? "not r.numbered" : "1 = 1";
            byKey(q, actualNumber, onlineNumber, true, settings);
            if (settings.dateWindowDays() > 0) {
                byKey(q, actualNumber, onlineNumber, false, settings);
            }
        }
        jdbc.update("delete from reconcile_outcome where quarter = ? and kind = 'paired'", q);
    }

    private void byNumber(String q, MatchingProperties settings) {
        if (fullJoin) {
            jdbc.update(OUTCOME + "select ?, coalesce(a.department, o.department), case when o.id is null then 'missing'"
                    + " when a.id is null then 'online-only' else 'late' end, a.id, o.id,"
                    + " case when o.id is null then a.case_no is not null else o.case_no is not null end,"
                    + " case when o.id is null then a.item_code else o.item_code end,"
                    + " case when o.id is null then a.applicant_key else o.applicant_key end,"
                    + " case when o.id is null then a.accepted_day else o.accepted_day end,"
                    + " case when o.id is null then a.accepted_at else o.accepted_at end, o.entered_day"
                    + " from " + ACTUAL + " a full outer join " + ONLINE + " o" + BY_NUMBER
                    + " where a.id is null or o.id is null or " + LATE, q, q, q, settings.lateAfterDays());
            return;
        }
        jdbc.update(OUTCOME + "select ?, a.department, case when o.id is null then 'missing' else 'late' end, a.id, o.id,"
                + " a.case_no is not null, a.item_code, a.applicant_key, a.accepted_day, a.accepted_at, o.entered_day"
                + " from " + ACTUAL + " a left join " + ONLINE + " o" + BY_NUMBER
                + " where o.id is null or " + LATE, q, q, q, settings.lateAfterDays());
        jdbc.update(OUTCOME + "select ?, o.department, " + UNMATCHED_ONLINE + " from " + ONLINE + " o"
                + " where not exists (select 1 from " + ACTUAL + " a where a.case_no = o.case_no and a.department = o.department)",
                q, q, q);
    }

    /** The unmatched records of one side, numbered within their group in acceptance order. */
    private static String unmatched(String kind, String idColumn, String numberCondition, String partition) {
        return "(select r." + idColumn + " id, r.department, r.item_code, r.applicant_key, r.accepted_day, r.entered_day,"
                + " row_number() over (partition by " + partition + " order by r.accepted_at, r." + idColumn + ") rn"
                + " from reconcile_outcome r where r.quarter = ? and r.kind = '" + kind + "' and r.item_code is not null"
                + " and r.applicant_key is not null and " + numberCondition + ")";
    }

    private void byKey(String q, String actualNumber, String onlineNumber, boolean sameDay, MatchingProperties settings) {
        String partition = "r.department, r.item_code, r.applicant_key" + (sameDay ? ", r.accepted_day" : "");
        String day = sameDay ? " and o.accepted_day = a.accepted_day" : " and abs(o.accepted_day - a.accepted_day) <= ?";
        String sql = "insert into reconcile_outcome (quarter, department, kind, actual_id, online_id)"
                + " select ?, a.department, case when " + LATE + " then 'late' else 'paired' end, a.id, o.id"
                + " from " + unmatched("missing", "actual_id", actualNumber, partition) + " a"
                + " join " + unmatched("online-only", "online_id", onlineNumber, partition) + " o"
                + " on o.department = a.department and o.item_code = a.item_code and o.applicant_key = a.applicant_key"
                + " and o.rn = a.rn" + day;
        int paired = sameDay ? jdbc.update(sql, q, settings.lateAfterDays(), q, q)
                : jdbc.update(sql, q, settings.lateAfterDays(), q, q, settings.dateWindowDays());
        if (paired == 0) {
            return;
        }
        String pairedToo = " and exists (select 1 from reconcile_outcome p where p.%1$s = r.%1$s and p.quarter = r.quarter"
                + " and p.actual_id is not null and p.online_id is not null)";
        jdbc.update("delete from reconcile_outcome r where r.quarter = ? and r.kind = 'missing'" + pairedToo.formatted("actual_id"), q);
        jdbc.update("delete from reconcile_outcome r where r.quarter = ? and r.kind = 'online-only'" + pairedToo.formatted("online_id"), q);
    }
}
