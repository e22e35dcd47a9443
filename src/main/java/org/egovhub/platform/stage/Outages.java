package org.egovhub.platform.stage;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import java.time.Clock;
import java.time.Duration;

/**
 * The hub's one outage breaker, one Resilience4j circuit breaker per outside target (an extranet
 * path, the CMS, the SMTP server, an upstream portal). A target that failed is taken to be down:
 * nobody asks it until its wait has passed, then one caller probes it; a failed probe doubles the
 * wait (the {@link Backoff}'s intervals), an answer closes the breaker. While a target is down, the
 * stages keep their messages waiting (re-scheduled, attempts untouched) instead of running a backlog
 * through its attempt limit into the dead-letter queue.
 *
 * <p>The state is in memory per hub process: after a restart every target is tried afresh.
 */
public final class Outages {

    private final CircuitBreakerRegistry breakers;
    private final Backoff backoff;

    public Outages(Backoff backoff, Clock clock) {
        this.backoff = backoff;
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(1)
                .minimumNumberOfCalls(1)
                .failureRateThreshold(100)
                .permittedNumberOfCallsInHalfOpenState(1)
                // A probe that never reports (its consumer crashed) must not hold the target shut.
                .maxWaitDurationInHalfOpenState(backoff.maxDelay().plus(backoff.firstDelay()))
                .waitIntervalFunctionInOpenState(backoff.firstDelay().isZero() ? IntervalFunction.of(1)
                        : IntervalFunction.ofExponentialBackoff(backoff.firstDelay(), 2.0, backoff.maxDelay()))
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .recordExceptions(Throwable.class)
                .clock(clock)
                .build();
        this.breakers = CircuitBreakerRegistry.of(config);
    }

    /**
     * Whether a caller may ask {@code target} now: always while it is up; once the wait of a down
     * target has passed, one caller (the probe).
     */
    public boolean mayTry(String target) {
        return breakers.circuitBreaker(target).tryAcquirePermission();
    }

    /** Whether the target is taken to be down (callers are kept away, or one probe is out). */
    public boolean isDown(String target) {
        CircuitBreaker.State state = breakers.circuitBreaker(target).getState();
        return state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.HALF_OPEN;
    }

    /** How long a message kept away from a down target waits before it comes back: a first retry's wait. */
    public Duration waitWhileDown() {
        return backoff.after(1);
    }

    /** The call that {@link #mayTry} allowed failed because the target was unavailable. */
    public void failed(String target, Throwable cause) {
        breakers.circuitBreaker(target).onError(0, java.util.concurrent.TimeUnit.NANOSECONDS, cause);
    }

    /** The call that {@link #mayTry} allowed reached the target. */
    public void succeeded(String target) {
        breakers.circuitBreaker(target).onSuccess(0, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /**
     * A call allowed by {@link #mayTry} ended without telling whether the target is up (it refused
     * the record, say): its permission is handed back.
     */
    public void undecided(String target) {
        breakers.circuitBreaker(target).releasePermission();
    }
}
