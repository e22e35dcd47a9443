package org.egovhub.platform.queues;

import java.util.List;

/**
 * What {@link QueueService#search} found on one queue.
 *
 * @param queue the queue
 * @param read how many messages were read
 * @param complete whether every message the search could see was read (else it stopped at its limit)
 * @param found the messages that matched, masked
 */
public record QueueSearch(String queue, long read, boolean complete, List<QueueMessage> found) {
}
