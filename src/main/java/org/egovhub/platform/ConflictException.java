package org.egovhub.platform;

/**
 * A change that the current state does not allow (an item not waiting for review, a replay of a
 * queue that holds no dead letters); the API answers 409 with the message as the reason.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
