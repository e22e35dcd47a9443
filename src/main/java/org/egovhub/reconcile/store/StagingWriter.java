package org.egovhub.reconcile.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.egovhub.reconcile.ingest.CaseRecord;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes parsed rows into {@code reconcile_staged_case}: a JDBC batch insert, on every database. */
public class StagingWriter {

    static final String COLUMNS = "import_id, row_no, row_key, quarter, department, case_no, item_code, item_name,"
            + " applicant_key, applicant_masked, accepted_at, accepted_day, finished_at, entered_at, entered_day";

    private final JdbcTemplate jdbc;

    public StagingWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The writer for the database behind {@code jdbc}: COPY on PostgreSQL, batch inserts elsewhere. */
    public static StagingWriter forDatabase(JdbcTemplate jdbc) {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        return "PostgreSQL".equals(product) ? new CopyStagingWriter(jdbc) : new StagingWriter(jdbc);
    }

    /** Rows per round trip: the staging batch of the import. */
    public int batchSize() {
        return 1000;
    }

    /** Adds the rows of one import. */
    public void write(long importId, List<CaseRecord> records) {
        jdbc.batchUpdate("insert into reconcile_staged_case (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        CaseRecord r = records.get(i);
                        ps.setLong(1, importId);
                        ps.setInt(2, r.rowNumber());
                        ps.setString(3, r.rowKey());
                        ps.setString(4, r.quarter().toString());
                        ps.setString(5, r.department());
                        ps.setString(6, r.caseNumber());
                        ps.setString(7, r.itemCode());
                        ps.setString(8, r.itemName());
                        ps.setString(9, r.applicantKey());
                        ps.setString(10, r.applicantMasked());
                        ps.setObject(11, r.acceptedAt());
                        ps.setInt(12, (int) r.acceptedAt().toLocalDate().toEpochDay());
                        CaseStore.setTime(ps, 13, r.finishedAt());
                        CaseStore.setTime(ps, 14, r.enteredAt());
                        if (r.enteredAt() == null) {
                            ps.setNull(15, Types.INTEGER);
                        } else {
                            ps.setInt(15, (int) r.enteredAt().toLocalDate().toEpochDay());
                        }
                    }

                    @Override
                    public int getBatchSize() {
                        return records.size();
                    }
                });
    }
}
