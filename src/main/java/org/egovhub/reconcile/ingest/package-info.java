/**
 * Reading case ledgers: CSV (encoding by BOM, else strict UTF-8, else GB18030) and XLSX (streamed),
 * the header row (the first with at least three known headers), the configured header names, strict
 * dates, and each row turned into a {@link org.egovhub.reconcile.ingest.CaseRecord} or a rejection
 * with its row number and reason. Applicant names leave this package only hashed and masked.
 */
package org.egovhub.reconcile.ingest;
