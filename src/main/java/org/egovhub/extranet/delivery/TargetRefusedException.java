package org.egovhub.extranet.delivery;

/** The target refused the record for what it is (HTTP 4xx, a constraint of the table): retrying cannot help. */
public class TargetRefusedException extends RuntimeException {

    public TargetRefusedException(String message) {
        super(message);
    }
}
