/**
 * Reports of a quarter: the department table with district totals, the case lists and the rejected
 * and duplicate rows, as XLSX (streamed), HTML, JSON ({@code report.json}) and a plain-text table.
 * Applicants appear only masked.
 */
package org.egovhub.reconcile.report;
