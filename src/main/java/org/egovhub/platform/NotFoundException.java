package org.egovhub.platform;

/**
 * What a request names does not exist (a channel, an item, a queue, a message); the API answers
 * 404 with the message as the reason, e.g. {@code No extranet channel 'x'}.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
