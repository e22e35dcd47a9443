/**
 * The command-line mode, {@code java -jar <hub jar> site-check --site=FILE --out=DIR}: one run of
 * every check, without the long-running hub (no database, broker, web server or mail).
 */
package org.egovhub.sitehealth.cli;
