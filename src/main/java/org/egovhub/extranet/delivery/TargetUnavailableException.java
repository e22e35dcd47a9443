package org.egovhub.extranet.delivery;

/** The target could not take the record now (timeout, connection error, HTTP 5xx): worth retrying. */
public class TargetUnavailableException extends RuntimeException {

    public TargetUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
