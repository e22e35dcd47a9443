package org.egovhub.reconcile.ingest;

/** A row that could not be used, with why (no applicant in the reason). */
public record Rejection(int rowNumber, String reason) {
}
