package org.egovhub.reconcile.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.egovhub.reconcile.Quarter;
import org.egovhub.reconcile.Side;
import org.egovhub.reconcile.ingest.CaseRecord;
import org.egovhub.reconcile.ingest.Rejection;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cases of both sides and the imports that brought them, in the database (parameterized SQL,
 * batched). An import is {@link #begin begun}, its rows {@link #stage staged} and its rejections
 * recorded batch by batch, then {@link #finish finished} in one transaction; the staged rows are then removed.
 */
public class CaseStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final StagingWriter staging;

    public CaseStore(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock, StagingWriter staging) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.staging = staging;
    }

    /** Table of a side's cases: a constant, never user input. */
    static String table(Side side) {
        return side == Side.ONLINE ? "reconcile_online_case" : "reconcile_actual_case";
    }

    /** Records a new import as running and returns its id. */
    public long begin(Side side, String source, String name, String sha256) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("insert into reconcile_import (side, source, name, sha256,"
                    + " started_at, status) values (?, ?, ?, ?, ?, 'running')", new String[] {"id"});
            insert.setString(1, side.key());
            insert.setString(2, source);
            insert.setString(3, name.length() > 500 ? name.substring(0, 500) : name);
            insert.setString(4, sha256);
            insert.setObject(5, OffsetDateTime.now(clock));
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    /** Starts staging the parsed rows of a running import; close what it answers when the import ends. */
    public StagingWriter.Staged stage(long importId) {
        return staging.open(importId);
    }

    /** Records rejected rows of a running import. */
    public void reject(long importId, List<Rejection> rejections) {
        if (rejections.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into reconcile_import_issue (import_id, row_no, kind, reason) values (?, ?, ?, ?)",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        Rejection rejection = rejections.get(i);
                        ps.setLong(1, importId);
                        ps.setInt(2, rejection.rowNumber());
                        ps.setString(3, ImportIssue.REJECTED);
                        String reason = rejection.reason();
                        ps.setString(4, reason.length() > 1000 ? reason.substring(0, 1000) : reason);
                    }

                    @Override
                    public int getBatchSize() {
                        return rejections.size();
                    }
                });
    }

    /**
     * Sorts out the staged rows: the rows become cases, in row order, except a row repeating an earlier row
     * of the same import or a case stored before, which is recorded as a duplicate. One transaction.
     *
     * @param staged the import's staged rows, {@link StagingWriter.Staged#end ended}
     * @param read rows read, accepted or rejected
     * @param accepted rows staged
     * @param quarters the quarters of the staged rows
     */
    public ImportSummary finish(long importId, Side side, StagingWriter.Staged staged, int read, int accepted,
            java.util.SortedSet<Quarter> quarters) {
        return transaction.execute(status -> {
            String table = table(side);
            String columns = "row_key, quarter, department, case_no, item_code, item_name, applicant_key, applicant_masked,"
                    + " accepted_at, accepted_day, finished_at" + (side == Side.ONLINE ? ", entered_at, entered_day" : "");
            int imported = jdbc.update("insert into " + table + " (" + columns + ", import_id, row_no)"
                    + " select " + columns + ", import_id, row_no from " + staged.table() + " s where s.import_id = ?"
                    + " order by s.row_no on conflict do nothing", importId);
            if (imported < accepted) {
                // The rows not inserted: repeated within the file, already stored, or stored by another import meanwhile.
                jdbc.update("insert into reconcile_import_issue (import_id, row_no, kind, reason)"
                        + " select s.import_id, s.row_no, 'duplicate', case when s.row_no > s.first_row"
                        + " then '与第 ' || cast(s.first_row as varchar(12)) || ' 行重复'"
                        + " else '已由导入 #' || cast(c.import_id as varchar(20)) || ' 第 ' || cast(c.row_no as varchar(12)) || ' 行导入' end"
                        + " from (select import_id, row_no, row_key, min(row_no) over (partition by row_key) first_row"
                        + " from " + staged.table() + " where import_id = ?) s"
                        + " join " + table + " c on c.row_key = s.row_key"
                        + " where s.row_no > s.first_row or c.import_id <> s.import_id", importId);
            }
            Integer rejected = jdbc.queryForObject("select count(*) from reconcile_import_issue where import_id = ? and kind = 'rejected'",
                    Integer.class, importId);
            jdbc.update("update reconcile_import set status = 'done', finished_at = ?, rows_read = ?, rows_imported = ?,"
                    + " rows_duplicate = ?, rows_rejected = ? where id = ?",
                    OffsetDateTime.now(clock), read, imported, accepted - imported, rejected, importId);
            ImportSummary summary = summary(importId);
            return new ImportSummary(summary.id(), summary.side(), summary.source(), summary.name(), summary.startedAt(),
                    summary.status(), null, summary.read(), summary.imported(), summary.duplicates(), summary.rejected(),
                    List.copyOf(quarters));
        });
    }

    /** Ends a running import that could not use its input: nothing of it is kept but the reason. */
    public ImportSummary fail(long importId, String failure) {
        return transaction.execute(status -> {
            jdbc.update("delete from reconcile_import_issue where import_id = ?", importId);
            jdbc.update("update reconcile_import set status = 'failed', failure = ?, finished_at = ?, rows_read = 0,"
                    + " rows_imported = 0, rows_duplicate = 0, rows_rejected = 0 where id = ?",
                    failure.length() > 1000 ? failure.substring(0, 1000) : failure, OffsetDateTime.now(clock), importId);
            return summary(importId);
        });
    }

    /** One import as recorded. */
    public ImportSummary summary(long importId) {
        return jdbc.queryForObject("select id, side, source, name, started_at, status, failure, rows_read, rows_imported,"
                + " rows_duplicate, rows_rejected from reconcile_import where id = ?", (rs, n) -> new ImportSummary(
                        rs.getLong("id"), org.egovhub.reconcile.Side.parse(rs.getString("side")), rs.getString("source"),
                        rs.getString("name"), rs.getObject("started_at", OffsetDateTime.class), rs.getString("status"),
                        rs.getString("failure"), rs.getInt("rows_read"), rs.getInt("rows_imported"),
                        rs.getInt("rows_duplicate"), rs.getInt("rows_rejected"), List.of()), importId);
    }

    /** Rejected and duplicate rows of an import, by row number. */
    public List<ImportIssue> issues(long importId) {
        return jdbc.query("select import_id, row_no, kind, reason from reconcile_import_issue where import_id = ? order by row_no",
                (rs, n) -> new ImportIssue(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)), importId);
    }

    /** The imports that brought cases of the quarter, oldest first. */
    public List<Long> importsOf(Quarter quarter) {
        return jdbc.queryForList("select import_id from reconcile_actual_case where quarter = ? union"
                + " select import_id from reconcile_online_case where quarter = ? order by 1", Long.class,
                quarter.toString(), quarter.toString());
    }

    /** Every issue of an import, streamed by row number. */
    public void eachIssue(long importId, java.util.function.Consumer<ImportIssue> each) {
        jdbc.query("select import_id, row_no, kind, reason from reconcile_import_issue where import_id = ? order by row_no",
                rs -> {
                    each.accept(new ImportIssue(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)));
                }, importId);
    }

    /** Rejected rows of every finished import of a side (for report totals). */
    public int rejectedRows(Side side) {
        Integer count = jdbc.queryForObject("select coalesce(sum(rows_rejected), 0) from reconcile_import where side = ?",
                Integer.class, side.key());
        return count == null ? 0 : count;
    }

    static void setTime(PreparedStatement ps, int index, LocalDateTime time) throws SQLException {
        if (time == null) {
            ps.setNull(index, Types.TIMESTAMP);
        } else {
            ps.setObject(index, time);
        }
    }
}
