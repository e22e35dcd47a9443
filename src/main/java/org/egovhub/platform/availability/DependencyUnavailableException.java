package org.egovhub.platform.availability;

import java.time.Duration;

/** Something a request needs (the broker, the database) is down: the caller should come back later. */
public class DependencyUnavailableException extends RuntimeException {

    private final transient Duration retryAfter;

    public DependencyUnavailableException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
