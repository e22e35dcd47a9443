/**
 * The REST API under {@code /api/reconcile}: quarters, department tables, case lists, the XLSX report,
 * and (ADMIN) runs, uploads and alert resends. Thin: parses, calls {@code ReconcileService}, answers.
 */
package org.egovhub.reconcile.api;
