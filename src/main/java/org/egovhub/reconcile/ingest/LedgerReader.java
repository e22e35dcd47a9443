package org.egovhub.reconcile.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the rows of a CSV or XLSX ledger to a {@link RowSink}, one at a time, with the row number a
 * person sees in a spreadsheet (1 = the first line). Memory does not grow with the file.
 * A file that is neither readable CSV nor XLSX throws {@link UnusableFileException}.
 */
public final class LedgerReader {

    /** Receives each row. */
    @FunctionalInterface
    public interface RowSink {
        void row(int number, List<String> cells);
    }

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private LedgerReader() {
    }

    /** Reads the file; XLSX when it is a ZIP archive (whatever its name), else CSV. */
    public static void read(Path file, RowSink sink) throws IOException {
        if (isZip(file)) {
            XlsxRows.read(file, sink);
        } else {
            csv(file, sink);
        }
    }

    static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    private static void csv(Path file, RowSink sink) throws IOException {
        TextEncoding encoding = TextEncoding.of(file);
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.bomLength());
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, encoding.charset()), 64 * 1024);
            try (CSVParser parser = CSV.parse(reader)) {
                for (CSVRecord record : parser) {
                    List<String> cells = new ArrayList<>(record.size());
                    record.forEach(cells::add);
                    sink.row((int) record.getRecordNumber(), cells);
                }
            } catch (UncheckedIOException e) {
                throw new UnusableFileException("cannot be read as CSV (" + e.getCause().getMessage() + ")");
            }
        }
    }

    /** Whether a file name looks like a ledger this reader takes. */
    public static boolean isLedgerName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".txt");
    }
}
