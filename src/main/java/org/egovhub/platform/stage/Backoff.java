package org.egovhub.platform.stage;

import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;

/**
 * The hub's one retry policy: how many retries a message or a call gets, and the wait before each,
 * doubling from {@code firstDelay} up to {@code maxDelay} (Resilience4j's exponential interval).
 * Every stage that calls something outside (upstream portals, the CMS, extranet targets, SMTP) uses
 * one, configured under its capability's keys.
 *
 * @param maxRetries attempts after the first before the message is dead-lettered
 * @param firstDelay the wait after the first failed attempt
 * @param maxDelay the longest wait
 */
public record Backoff(int maxRetries, Duration firstDelay, Duration maxDelay) {

    public Backoff {
        if (maxRetries < 0 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("Invalid backoff " + maxRetries + "/" + firstDelay + "/" + maxDelay);
        }
    }

    /** The wait after the given number of failed attempts (1 = the first attempt failed). */
    public Duration after(int failedAttempts) {
        if (firstDelay.isZero()) {
            return Duration.ZERO;
        }
        IntervalFunction interval = IntervalFunction.ofExponentialBackoff(firstDelay, 2.0, maxDelay);
        return Duration.ofMillis(interval.apply(Math.max(failedAttempts, 1)));
    }

    /** Whether a message that failed this many times may be tried again. */
    public boolean mayRetry(int failedAttempts) {
        return failedAttempts <= maxRetries;
    }
}
