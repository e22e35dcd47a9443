/**
 * The command-line mode, {@code java -jar <hub jar> reconcile --quarter=... --online=... --actual=...
 * --departments=... --out=...}: the reconciliation core on an in-memory database, without web server,
 * broker or mail.
 */
package org.egovhub.reconcile.cli;
