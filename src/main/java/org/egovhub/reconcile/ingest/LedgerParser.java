package org.egovhub.reconcile.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.egovhub.reconcile.Side;
import org.egovhub.reconcile.departments.Departments;

/**
 * Turns a ledger file into case records and rejections, streaming: rows before the header row
 * (titles, notes) are skipped, blank rows are ignored, every other row becomes either a
 * {@link CaseRecord} or a {@link Rejection}. A file with no header row within its first rows, or
 * without a required column, is unusable as a whole.
 */
public final class LedgerParser {

    /** The header row must be within this many rows from the top. */
    static final int HEADER_SEARCH_ROWS = 50;

    /** Receives the outcome of each row. */
    public interface Outcomes {
        void accepted(CaseRecord record);

        void rejected(Rejection rejection);
    }

    private final HeaderNames headers;
    private final Departments departments;

    public LedgerParser(HeaderNames headers, Departments departments) {
        this.headers = headers;
        this.departments = departments;
    }

    /** Parses the file of one side, handing each row's outcome to {@code outcomes}. */
    public void parse(Path file, Side side, Outcomes outcomes) throws IOException {
        Reading reading = new Reading(side, outcomes);
        LedgerReader.read(file, reading::row);
        if (reading.rows == null) {
            throw new UnusableFileException("no header row: no row among the first " + HEADER_SEARCH_ROWS
                    + " has at least " + HeaderNames.HEADER_ROW_MINIMUM + " of the headers " + headers.known(side));
        }
    }

    /**
     * Parses one row given as values by field (a row of an exchange table, times written
     * {@code yyyy-MM-dd HH:mm:ss}); the same checks as a file's row.
     */
    public void parseValues(Side side, int number, Map<Field, String> values, Outcomes outcomes) {
        Map<Field, Integer> columns = new java.util.EnumMap<>(Field.class);
        List<String> cells = new java.util.ArrayList<>();
        for (Field field : Field.values()) {
            columns.put(field, cells.size());
            cells.add(values.get(field));
        }
        new RowParser(side, columns, departments).parse(number, cells, outcomes);
    }

    /** Checks that the columns found allow every row to be attributed and matched. */
    static void requireColumns(Map<Field, Integer> columns) {
        StringBuilder missing = new StringBuilder();
        for (Field required : List.of(Field.DEPARTMENT, Field.ACCEPTED)) {
            if (!columns.containsKey(required)) {
                missing.append(missing.isEmpty() ? "" : ", ").append(required.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new UnusableFileException("missing column " + missing);
        }
        if (!columns.containsKey(Field.CASE_NUMBER)
                && !(columns.containsKey(Field.ITEM_CODE) && columns.containsKey(Field.APPLICANT))) {
            throw new UnusableFileException("missing column " + Field.CASE_NUMBER.header() + " (or both "
                    + Field.ITEM_CODE.header() + " and " + Field.APPLICANT.header() + ")");
        }
    }

    private final class Reading {

        private final Side side;
        private final Outcomes outcomes;
        private RowParser rows;

        Reading(Side side, Outcomes outcomes) {
            this.side = side;
            this.outcomes = outcomes;
        }

        void row(int number, List<String> cells) {
            if (rows == null) {
                if (number > HEADER_SEARCH_ROWS) {
                    return;
                }
                Optional<Map<Field, Integer>> columns = headers.columns(cells, side);
                if (columns.isPresent()) {
                    requireColumns(columns.get());
                    rows = new RowParser(side, columns.get(), departments);
                }
                return;
            }
            rows.parse(number, cells, outcomes);
        }
    }
}
