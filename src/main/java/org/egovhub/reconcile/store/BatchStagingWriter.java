package org.egovhub.reconcile.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.egovhub.reconcile.ingest.CaseRecord;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/** Stages rows in {@code reconcile_staged_case} with JDBC batch inserts: the embedded database's way. */
class BatchStagingWriter implements StagingWriter {

    private static final String TABLE = "reconcile_staged_case";

    private final JdbcTemplate jdbc;

    BatchStagingWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Staged open(long importId) {
        return new Staged() {
            @Override
            public String table() {
                return TABLE;
            }

            @Override
            public int batchSize() {
                return 1000;
            }

            @Override
            public void write(List<CaseRecord> records) {
                insert(importId, records);
            }

            @Override
            public void end() {
                // Every batch is stored as it is written.
            }

            @Override
            public void close() {
                jdbc.update("delete from " + TABLE + " where import_id = ?", importId);
            }
        };
    }

    private void insert(long importId, List<CaseRecord> records) {
        jdbc.batchUpdate("insert into " + TABLE + " (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
