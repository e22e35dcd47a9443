package org.egovhub.reconcile.matching;

import org.egovhub.reconcile.Quarter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rewrites the matches of one quarter in SQL, in three passes, each department on its own:
 * <ol>
 * <li>by case number, where both sides carry it;</li>
 * <li>by department, item code and applicant on the same acceptance date;</li>
 * <li>the same within the date window.</li>
 * </ol>
 * Passes 2 and 3 pair only records of which at least one side lacks a case number (two different case
 * numbers are two cases), and pair the n-th unmatched record of a group on one side with the n-th on
 * the other, in acceptance order, so that every record is matched at most once. A match is late when
 * the online record was entered (its 录入时间, else its own 受理时间) more than {@code lateAfterDays}
 * days after the actual acceptance date. Call inside a transaction.
 */
class QuarterMatcher {

    private static final String INSERT = "insert into reconcile_match (quarter, department, actual_id, online_id, match_rule, late) ";
    private static final String LATE = "(coalesce(o.entered_day, o.accepted_day) - a.accepted_day) > ?";

    private final JdbcTemplate jdbc;

    QuarterMatcher(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void match(Quarter quarter, MatchingProperties settings) {
        String q = quarter.toString();
        jdbc.update("delete from reconcile_match where quarter = ?", q);
        jdbc.update(INSERT + "select a.quarter, a.department, a.id, o.id, 'case', " + LATE
                + " from reconcile_actual_case a join reconcile_online_case o"
                + " on o.case_no = a.case_no and o.quarter = a.quarter and o.department = a.department"
                + " where a.quarter = ? and a.case_no is not null", settings.lateAfterDays(), q);
        // Actual records without a case number against any online record, then the other way round.
        for (boolean actualHasNumber : new boolean[] {false, true}) {
            String actualNumber = actualHasNumber ? "c.case_no is not null" : "c.case_no is null";
            String onlineNumber = actualHasNumber ? "c.case_no is null" : "1 = 1";
            sameDay(q, actualNumber, onlineNumber, settings);
            if (settings.dateWindowDays() > 0) {
                withinWindow(q, actualNumber, onlineNumber, settings);
            }
        }
    }

    private static String unmatched(String table, String idColumn, String numberCondition, String partition) {
        return "(select c.id, c.quarter, c.department, c.item_code, c.applicant_key, c.accepted_day"
                + (table.contains("online") ? ", c.entered_day" : "") + ", row_number() over (partition by " + partition
                + " order by c.accepted_at, c.id) rn from " + table + " c where c.quarter = ? and c.item_code is not null"
                + " and c.applicant_key is not null and " + numberCondition
                + " and not exists (select 1 from reconcile_match m where m." + idColumn + " = c.id))";
    }

    private void sameDay(String q, String actualNumber, String onlineNumber, MatchingProperties settings) {
        String partition = "c.department, c.item_code, c.applicant_key, c.accepted_day";
        jdbc.update(INSERT + "select a.quarter, a.department, a.id, o.id, 'key', " + LATE
                + " from " + unmatched("reconcile_actual_case", "actual_id", actualNumber, partition) + " a"
                + " join " + unmatched("reconcile_online_case", "online_id", onlineNumber, partition) + " o"
                + " on o.department = a.department and o.item_code = a.item_code and o.applicant_key = a.applicant_key"
                + " and o.accepted_day = a.accepted_day and o.rn = a.rn", settings.lateAfterDays(), q, q);
    }

    private void withinWindow(String q, String actualNumber, String onlineNumber, MatchingProperties settings) {
        String partition = "c.department, c.item_code, c.applicant_key";
        jdbc.update(INSERT + "select a.quarter, a.department, a.id, o.id, 'key', " + LATE
                + " from " + unmatched("reconcile_actual_case", "actual_id", actualNumber, partition) + " a"
                + " join " + unmatched("reconcile_online_case", "online_id", onlineNumber, partition) + " o"
                + " on o.department = a.department and o.item_code = a.item_code and o.applicant_key = a.applicant_key"
                + " and o.rn = a.rn and abs(o.accepted_day - a.accepted_day) <= ?",
                settings.lateAfterDays(), q, q, settings.dateWindowDays());
    }
}
