/** The quarterly schedule: on the configured cron (default the 5th day of each quarter, 09:00 Shanghai) the quarter just ended is run and alerted. */
package org.egovhub.reconcile.schedule;
