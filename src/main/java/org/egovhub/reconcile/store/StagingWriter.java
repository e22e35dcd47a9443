package org.egovhub.reconcile.store;

import java.util.List;
import org.egovhub.reconcile.DatabaseProduct;
import org.egovhub.reconcile.ingest.CaseRecord;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How the parsed rows of an import reach the database before the store sorts out their duplicates: on
 * PostgreSQL one streaming {@code COPY ... FROM STDIN} into an unlogged table of the import's own
 * ({@link CopyStagingWriter}), elsewhere batched inserts into {@code reconcile_staged_case}
 * ({@link BatchStagingWriter}).
 */
public interface StagingWriter {

    /** The writer for the database behind {@code jdbc}. */
    static StagingWriter forDatabase(JdbcTemplate jdbc) {
        return DatabaseProduct.isPostgres(jdbc) ? new CopyStagingWriter(jdbc) : new BatchStagingWriter(jdbc);
    }

    /** Starts staging the rows of one import. */
    Staged open(long importId);

    /** The staged rows of one running import. */
    interface Staged extends AutoCloseable {

        /** The table that holds them (a constant or {@code reconcile_stage_<import id>}, never user input). */
        String table();

        /** Rows to hand to {@link #write} at once. */
        int batchSize();

        void write(List<CaseRecord> records);

        /** Every row is written: they can be read from {@link #table()}. */
        void end();

        /** Removes the staged rows (also after a failure). */
        @Override
        void close();
    }

    /** The columns of a staged row, in the order the writers write them. */
    String COLUMNS = "import_id, row_no, row_key, quarter, department, case_no, item_code, item_name,"
            + " applicant_key, applicant_masked, accepted_at, accepted_day, finished_at, entered_at, entered_day";
}
