package org.egovhub.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock a test sets and moves on, in the hub's zone: tests advance time instead of sleeping.
 * Register it as the context's {@code Clock} bean (the platform's own steps back) or hand it to a
 * class under test.
 */
public final class TestClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    public TestClock(Instant now) {
        this(now, ZoneId.of("Asia/Shanghai"));
    }

    private TestClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock at the given local time in Shanghai, written like {@code 2026-11-27T10:00}. */
    public static TestClock at(String shanghaiLocalTime) {
        return new TestClock(java.time.LocalDateTime.parse(shanghaiLocalTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    public void advance(Duration step) {
        now = now.plus(step);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
