package org.egovhub.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test sets and moves on, in the hub's zone: tests advance time instead of sleeping. It
 * stands still until a test moves it. Every {@link HubTest} context has one as its {@code Clock}
 * bean (the platform's own steps back); autowire it as {@code TestClock}. Or hand one to a class
 * under test.
 *
 * <p>Standing still has one consequence worth knowing: a scheduled message (a retry, a message kept
 * away from a target that is down) is stamped with the clock's time plus the wait, which is already
 * past for the broker, so it comes back at once (as long as the clock stays behind the real time,
 * which is why the hub's test clock starts a week back); a wait that the clock measures (the outage
 * breaker's) lasts until the test advances the clock.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public TestClock(Instant now) {
        this(new AtomicReference<>(now), ZoneId.of("Asia/Shanghai"));
    }

    private TestClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock at the given local time in Shanghai, written like {@code 2026-11-27T10:00}. */
    public static TestClock at(String shanghaiLocalTime) {
        return new TestClock(java.time.LocalDateTime.parse(shanghaiLocalTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    public void advance(Duration step) {
        now.updateAndGet(instant -> instant.plus(step));
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same clock seen in another zone: it moves when this one moves. */
    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(now, other);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
