/**
 * Reconciliation of online approval records (网上办件) against each department's actual case
 * volume, per quarter, with alerts to the department heads and a report to the leaders (planned).
 * For now it holds the departments file ({@link org.egovhub.reconcile.DepartmentsFile}), which the
 * hub reads and checks at start, and its one setting ({@link org.egovhub.reconcile.ReconcileProperties}).
 */
package org.egovhub.reconcile;
