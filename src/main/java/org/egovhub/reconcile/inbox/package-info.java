/**
 * The drop folders {@code <data-dir>/inbox/online} and {@code <data-dir>/inbox/actual}: each CSV or XLSX
 * file dropped there is imported and moved to {@code done/} (or {@code failed/} when it cannot be used
 * at all), next to a report of its rejected and duplicate rows.
 */
package org.egovhub.reconcile.inbox;
