package org.egovhub.platform.stage;

import java.util.Map;

/**
 * A consumed message that a stage or the error handler dead-lettered, as {@link DeadLetterObserver}s
 * see it.
 *
 * @param originalQueue the queue it was consumed from
 * @param body its text
 * @param headers its properties
 * @param kind refused for its content, or failed
 * @param reason why, masked
 */
public record DeadLetter(String originalQueue, String body, Map<String, Object> headers, FailureKind kind, String reason) {
}
