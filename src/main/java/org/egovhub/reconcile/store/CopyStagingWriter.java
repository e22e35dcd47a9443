package org.egovhub.reconcile.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;
import org.egovhub.reconcile.ingest.CaseRecord;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stages rows with PostgreSQL's {@code COPY ... FROM STDIN (FORMAT csv)}, one COPY per batch: several
 * times faster than batched inserts, and memory stays at one batch.
 */
class CopyStagingWriter extends StagingWriter {

    private final JdbcTemplate jdbc;

    CopyStagingWriter(JdbcTemplate jdbc) {
        super(jdbc);
        this.jdbc = jdbc;
    }

    @Override
    public int batchSize() {
        return 20_000;
    }

    @Override
    public void write(long importId, List<CaseRecord> records) {
        StringBuilder csv = new StringBuilder(records.size() * 200);
        for (CaseRecord r : records) {
            csv.append(importId).append(',').append(r.rowNumber()).append(',');
            text(csv, r.rowKey()).append(',');
            text(csv, r.quarter().toString()).append(',');
            text(csv, r.department()).append(',');
            text(csv, r.caseNumber()).append(',');
            text(csv, r.itemCode()).append(',');
            text(csv, r.itemName()).append(',');
            text(csv, r.applicantKey()).append(',');
            text(csv, r.applicantMasked()).append(',');
            csv.append(r.acceptedAt()).append(',').append(r.acceptedAt().toLocalDate().toEpochDay()).append(',');
            csv.append(r.finishedAt() == null ? "" : r.finishedAt().toString()).append(',');
            csv.append(r.enteredAt() == null ? "" : r.enteredAt().toString()).append(',');
            csv.append(r.enteredAt() == null ? "" : String.valueOf(r.enteredAt().toLocalDate().toEpochDay())).append('\n');
        }
        jdbc.execute((java.sql.Connection connection) -> {
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy reconcile_staged_case (" + COLUMNS
                        + ") from stdin (format csv)", new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    /** A CSV field, always quoted when present (an empty quoted field is an empty string, an absent one null). */
    private static StringBuilder text(StringBuilder csv, String value) {
        if (value == null) {
            return csv;
        }
        csv.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            csv.append(c == '"' ? "\"\"" : String.valueOf(c));
        }
        return csv.append('"');
    }
}
