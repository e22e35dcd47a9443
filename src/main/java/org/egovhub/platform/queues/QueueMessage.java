package org.egovhub.platform.queues;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One message of a queue as an administrator may see it: its properties and body masked (no
 * citizen ID or phone number in full).
 *
 * @param id the JMS message id, for replay and delete
 * @param sentAt when it was sent
 * @param headers its properties (broker internals left out), string values masked
 * @param body its body as text, masked
 * @param deadLetter why it was dead-lettered; null for a message that was not
 */
public record QueueMessage(String id, OffsetDateTime sentAt, Map<String, Object> headers, String body, DeadLetter deadLetter) {

    /**
     * The reason headers of a dead letter.
     *
     * @param cause {@code HubFailureCause}
     * @param kind {@code HubFailureKind}: {@code refused} (its content) or {@code failed} (a delivery)
     * @param attempts {@code HubAttempts}
     * @param originalQueue {@code HubOriginalQueue}
     * @param firstFailureAt {@code HubFirstFailureAt}
     * @param replayTo the queue a replay sends it to
     */
    public record DeadLetter(String cause, String kind, Integer attempts, String originalQueue, String firstFailureAt,
            String replayTo) {
    }
}
