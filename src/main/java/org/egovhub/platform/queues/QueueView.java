package org.egovhub.platform.queues;

/**
 * One queue with its counters, as {@code GET /api/admin/queues} lists it.
 *
 * @param name the queue, {@code <capability>.<stage>} or its {@code .dlq}
 * @param depth messages waiting now
 * @param consumers consumers attached now
 * @param messagesAdded messages added since the broker started
 * @param messagesAcknowledged messages consumed since the broker started
 * @param deadLetters messages waiting on this queue's dead-letter queue ({@code <name>.dlq}); for a
 *     dead-letter queue, its own depth
 */
public record QueueView(String name, long depth, long consumers, long messagesAdded, long messagesAcknowledged, long deadLetters) {

    /** Whether this queue holds dead letters (and may be replayed). */
    public boolean deadLetterQueue() {
        return QueueService.isDeadLetterQueue(name);
    }
}
