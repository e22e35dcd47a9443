/**
 * Tracing one record through the hub: {@link org.egovhub.platform.trace.TraceService} asks every
 * capability's {@link org.egovhub.platform.trace.TraceContributor} what its own tables hold of a
 * key (a stable id, a URL, a title, a business key) and which queues the record may wait on, then
 * looks on those queues within a bounded budget. Read by {@code GET /api/admin/trace?q=} and the
 * console's trace page.
 */
package org.egovhub.platform.trace;
