/**
 * Reconciliation of online case records (网上办件) against actual case records (实际办件), per
 * department and quarter: import ({@code ingest}), storage ({@code store}), record-level matching
 * and figures ({@code matching}), reports ({@code report}) and the command-line mode ({@code cli}).
 * See {@code docs/reconcile.md}.
 */
package org.egovhub.reconcile;
