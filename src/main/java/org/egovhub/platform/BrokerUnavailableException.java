package org.egovhub.platform;

/** The broker could not be asked or changed. */
public class BrokerUnavailableException extends RuntimeException {

    public BrokerUnavailableException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
