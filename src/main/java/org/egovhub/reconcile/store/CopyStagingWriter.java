package org.egovhub.reconcile.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.egovhub.reconcile.ingest.CaseRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stages the rows of an import with one streaming {@code COPY ... FROM STDIN (FORMAT csv)} into an
 * unlogged table of the import's own, without indexes ({@code reconcile_stage_<import id>}), on a
 * connection of its own: PostgreSQL takes each batch in while the next one is parsed, memory stays at one
 * batch, and the staged rows go with one {@code drop table} instead of a delete that would be written to
 * the log. A table left by a hub that stopped during an import holds nothing else and can be dropped.
 */
class CopyStagingWriter implements StagingWriter {

    private final DataSource dataSource;

    CopyStagingWriter(JdbcTemplate jdbc) {
        this.dataSource = jdbc.getDataSource();
    }

    @Override
    public Staged open(long importId) {
        String table = "reconcile_stage_" + importId;
        try {
            Connection connection = dataSource.getConnection();
            try (Statement create = connection.createStatement()) {
                connection.setAutoCommit(true);
                create.execute("create unlogged table " + table + " (like reconcile_staged_case)");
                CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy " + table + " (" + COLUMNS + ") from stdin (format csv)");
                return new CopyStaged(importId, table, connection, copy);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("cannot stage import #" + importId + ": " + e.getMessage(), e);
        }
    }

    private static final class CopyStaged implements Staged {

        private final long importId;
        private final String table;
        private final Connection connection;
        private final CopyIn copy;
        private final StringBuilder csv = new StringBuilder(1 << 20);

        CopyStaged(long importId, String table, Connection connection, CopyIn copy) {
            this.importId = importId;
            this.table = table;
            this.connection = connection;
            this.copy = copy;
        }

        @Override
        public String table() {
            return table;
        }

        @Override
        public int batchSize() {
            return 5000;
        }

        @Override
        public void write(List<CaseRecord> records) {
            csv.setLength(0);
            for (CaseRecord r : records) {
                csv.append(importId).append(',').append(r.rowNumber()).append(',');
                text(r.rowKey());
                text(r.quarter().toString());
                text(r.department());
                text(r.caseNumber());
                text(r.itemCode());
                text(r.itemName());
                text(r.applicantKey());
                text(r.applicantMasked());
                csv.append(r.acceptedAt()).append(',').append(r.acceptedAt().toLocalDate().toEpochDay()).append(',');
                csv.append(r.finishedAt() == null ? "" : r.finishedAt().toString()).append(',');
                csv.append(r.enteredAt() == null ? "" : r.enteredAt().toString()).append(',');
                if (r.enteredAt() != null) {
                    csv.append(r.enteredAt().toLocalDate().toEpochDay());
                }
                csv.append('\n');
            }
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("staging import #" + importId + " failed: " + e.getMessage(), e);
            }
        }

        /** A CSV field and its comma, always quoted when present (an empty quoted field is an empty string, an absent one null). */
        private void text(String value) {
            if (value != null) {
                csv.append('"');
                if (value.indexOf('"') < 0) {
                    csv.append(value);
                } else {
                    csv.append(value.replace("\"", "\"\""));
                }
                csv.append('"');
            }
            csv.append(',');
        }

        @Override
        public void end() {
            try {
                copy.endCopy();
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("staging import #" + importId + " failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try (connection) {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
                try (Statement drop = connection.createStatement()) {
                    drop.execute("drop table if exists " + table);
                }
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("cannot drop " + table + ": " + e.getMessage(), e);
            }
        }
    }
}
