/**
 * Quarterly alerts: each flagged department's head gets its figures, its trend over the last four
 * quarters and its missing and late cases; the leaders get the district summary (全区通报), and the
 * alerts of departments flagged for several quarters in a row. Each alert is claimed in the database
 * (unique per quarter, department, kind and resend) before it is queued on the hub's alert channel,
 * so a rerun, or several hubs sharing the database, send it once; an explicit resend sends again.
 */
package org.egovhub.reconcile.alerting;
