package org.egovhub.reconcile.ingest;

/** A ledger that cannot be used at all (not CSV or XLSX, no header row, a required column missing). */
public class UnusableFileException extends RuntimeException {

    public UnusableFileException(String reason) {
        super(reason);
    }
}
