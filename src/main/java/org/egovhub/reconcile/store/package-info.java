/**
 * Storage of cases and imports: each import stages its rows, then sorts out duplicates (within the
 * file and against what is stored) and adds the new cases in one transaction, so re-importing the
 * same rows changes nothing. Rejected and duplicate rows are kept with the import that read them.
 */
package org.egovhub.reconcile.store;
