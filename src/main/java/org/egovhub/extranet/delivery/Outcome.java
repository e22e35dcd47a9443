package org.egovhub.extranet.delivery;

/**
 * What became of one record of a batch at its target.
 *
 * @param code the target's answer when delivered (HTTP status; for a table 1 inserted, 0 already held; {@code null} for a queue)
 * @param failure why it was not delivered: {@link TargetUnavailableException} (retry) or anything else (dead-letter now);
 *     {@code null} when delivered or not tried
 * @param tried whether the target was asked at all; after a target proved unavailable the rest of a batch is not tried
 */
public record Outcome(Integer code, RuntimeException failure, boolean tried) {

    static Outcome delivered(Integer code) {
        return new Outcome(code, null, true);
    }

    static Outcome failed(RuntimeException failure) {
        return new Outcome(null, failure, true);
    }

    static Outcome notTried() {
        return new Outcome(null, null, false);
    }

    public boolean delivered() {
        return tried && failure == null;
    }

    /** Whether a retry may help: the target was unavailable, or was not asked. */
    public boolean retryable() {
        return !tried || failure instanceof TargetUnavailableException;
    }
}
