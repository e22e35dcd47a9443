/**
 * Record-level matching of a quarter in SQL (by case number, else by department, item code,
 * applicant and acceptance date within a window), the figures of each department (counts, online
 * rate, synchronized rate, flagged, consecutive flagged quarters) and the case lists behind them.
 */
package org.egovhub.reconcile.matching;
