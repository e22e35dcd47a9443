package org.egovhub.reconcile.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.egovhub.reconcile.Quarter;
import org.egovhub.reconcile.Side;
import org.egovhub.reconcile.ingest.CaseRecord;
import org.egovhub.reconcile.ingest.LedgerParser;
import org.egovhub.reconcile.ingest.Rejection;
import org.egovhub.reconcile.ingest.UnusableFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a ledger file (or rows from a table) of one side: parses it streaming, stages its rows in
 * batches ({@link StagingWriter}: COPY on PostgreSQL), then lets the store sort out duplicates set-based. A bad row never sinks the good rows of its file;
 * a file that cannot be used at all ends as a failed import with its reason, keeping nothing.
 */
public class LedgerImports {

    static final int BATCH = 1000;
    private static final Logger log = LoggerFactory.getLogger(LedgerImports.class);

    private final CaseStore store;
    private final LedgerParser parser;

    public LedgerImports(CaseStore store, LedgerParser parser) {
        this.store = store;
        this.parser = parser;
    }

    /**
     * Imports a file.
     *
     * @param source how it came: {@code file} (drop folder), {@code upload}, {@code cli}
     * @param name the file's name as shown in reports
     */
    public ImportSummary importFile(Side side, Path file, String source, String name) {
        long started = System.nanoTime();
        long id = store.begin(side, source, name, sha256(file));
        try (Batches batches = new Batches(id)) {
            try {
                parser.parse(file, side, batches);
                batches.flush();
            } catch (UnusableFileException | IOException e) {
                batches.close();
                ImportSummary failed = store.fail(id, e.getMessage());
                log.warn("Import #{} of {} file {} failed: {}", id, side.key(), name, e.getMessage());
                return failed;
            }
            log.debug("Import #{} parsed and staged in {} ms", id, (System.nanoTime() - started) / 1_000_000);
            return finish(id, side, name, batches);
        } catch (RuntimeException e) {
            store.fail(id, "import failed: " + e);
            throw e;
        }
    }

    /** Imports rows that come from a table (the exchange-database pull); they are numbered 1, 2, ... in order. */
    public ImportSummary importRecords(Side side, String source, String name, Iterator<CaseRecord> records,
            Iterator<Rejection> rejections) {
        long id = store.begin(side, source, name, null);
        try (Batches batches = new Batches(id)) {
            records.forEachRemaining(batches::accepted);
            rejections.forEachRemaining(batches::rejected);
            batches.flush();
            return finish(id, side, name, batches);
        } catch (RuntimeException e) {
            store.fail(id, "import failed: " + e);
            throw e;
        }
    }

    private ImportSummary finish(long id, Side side, String name, Batches batches) {
        long started = System.nanoTime();
        ImportSummary summary = store.finish(id, side, batches.staged, batches.read, batches.accepted, batches.quarters);
        log.debug("Import #{} sorted out in {} ms", id, (System.nanoTime() - started) / 1_000_000);
        log.info("Import #{} of {} file {}: {} rows read, {} new cases, {} duplicates, {} rejected", id, side.key(), name,
                summary.read(), summary.imported(), summary.duplicates(), summary.rejected());
        return summary;
    }

    /** Rows and rejections of a running import, handed to the store a batch at a time. */
    private final class Batches implements LedgerParser.Outcomes, AutoCloseable {

        private final long id;
        private final StagingWriter.Staged staged;
        private final List<CaseRecord> records = new ArrayList<>();
        private final List<Rejection> rejections = new ArrayList<>();
        private final SortedSet<Quarter> quarters = new TreeSet<>();
        private int read;
        private int accepted;
        private boolean closed;

        Batches(long id) {
            this.id = id;
            this.staged = store.stage(id);
        }

        @Override
        public void accepted(CaseRecord record) {
            read++;
            accepted++;
            quarters.add(record.quarter());
            records.add(record);
            if (records.size() >= staged.batchSize()) {
                staged.write(records);
                records.clear();
            }
        }

        @Override
        public void rejected(Rejection rejection) {
            read++;
            rejections.add(rejection);
            if (rejections.size() >= BATCH) {
                store.reject(id, rejections);
                rejections.clear();
            }
        }

        void flush() {
            if (!records.isEmpty()) {
                staged.write(records);
            }
            staged.end();
            store.reject(id, rejections);
            records.clear();
            rejections.clear();
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                staged.close();
            }
        }
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
