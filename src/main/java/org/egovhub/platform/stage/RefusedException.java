package org.egovhub.platform.stage;

/**
 * A message refused for its content: the error handler dead-letters it at once, without retries,
 * marked {@link FailureKind#REFUSED}. Capabilities extend it for their own refusals.
 */
public class RefusedException extends RuntimeException {

    public RefusedException(String message) {
        super(message);
    }

    public RefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
