package org.egovhub.platform.queues;

import java.util.List;

/**
 * One page of a queue's messages, oldest first.
 *
 * @param queue the queue
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total messages on the queue when it was browsed
 * @param messages this page's messages
 */
public record QueuePage(String queue, int page, int size, long total, List<QueueMessage> messages) {
}
