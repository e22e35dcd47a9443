package org.egovhub.reconcile.store;

/**
 * A row of an import that was rejected or was a duplicate.
 *
 * @param kind {@code rejected} or {@code duplicate}
 */
public record ImportIssue(long importId, int rowNumber, String kind, String reason) {

    public static final String REJECTED = "rejected";
    public static final String DUPLICATE = "duplicate";
}
