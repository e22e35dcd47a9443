package org.egovhub.platform.routes;

/**
 * One Camel route as {@code GET /api/admin/routes} lists it.
 *
 * @param id the route's id
 * @param state {@code Started}, {@code Stopped}, {@code Suspended}, ...
 * @param exchangesTotal exchanges the route completed since the hub started
 * @param exchangesFailed of those, the ones that failed (dead-lettered by the error policy or not handled at all)
 * @param meanMillis mean processing time of an exchange, in milliseconds
 * @param lastError the last failure, masked, with its time; null if none since the hub started
 */
public record RouteView(String id, String state, long exchangesTotal, long exchangesFailed, double meanMillis, String lastError) {
}
