/** Reconciliation metrics: both rates per department and quarter as gauges, imports and rejected rows as counters. */
package org.egovhub.reconcile.metrics;
