package org.egovhub.platform.queues;

/**
 * What a replay of a whole dead-letter queue did.
 *
 * @param queue the dead-letter queue
 * @param moved dead letters sent back to their queue
 * @param leftRefused dead letters left in place because they were refused for their content
 *     ({@code HubFailureKind: refused}): a replay would only refuse them again
 */
public record ReplayResult(String queue, int moved, long leftRefused) {
}
