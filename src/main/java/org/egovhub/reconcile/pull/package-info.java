/**
 * The pull from an exchange database (前置库): per side, rows of a configured table newer than the
 * side's watermark are read in batches, imported like a file's rows, and the watermark advanced.
 */
package org.egovhub.reconcile.pull;
