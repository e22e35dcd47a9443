/**
 * What an administrator can do with the broker's queues, for the REST API and the console: list
 * them with their counters, browse one page by page (masked), replay dead letters (one rule for the
 * whole hub: {@code <queue>.dlq} goes back to {@code <queue>}, or to its {@code HubOriginalQueue}),
 * delete one; every change audited.
 */
package org.egovhub.platform.queues;
