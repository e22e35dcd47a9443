package org.egovhub.platform.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.egovhub.testing.TestClock;
import org.junit.jupiter.api.Test;

/** A down target is probed by one caller per wait, and the wait doubles with each failed probe. */
class OutagesTest {

    final TestClock clock = TestClock.at("2026-11-27T10:00");
    final Outages outages = new Outages(new Backoff(5, Duration.ofSeconds(1), Duration.ofSeconds(60)), clock);
    final IOException down = new IOException("connection refused");

    @Test
    void shouldLetEveryCallerTryWhileTheTargetIsUp() {
        assertThat(outages.mayTry("extranet.a.legacy")).isTrue();
        outages.succeeded("extranet.a.legacy");
        assertThat(outages.mayTry("extranet.a.legacy")).isTrue();
        assertThat(outages.isDown("extranet.a.legacy")).isFalse();
    }

    @Test
    void shouldLetOneCallerProbeOncePerWaitAndDoubleTheWait() {
        assertThat(outages.mayTry("extranet.a.legacy")).isTrue();
        outages.failed("extranet.a.legacy", down);

        clock.advance(Duration.ofMillis(999));
        assertThat(outages.mayTry("extranet.a.legacy")).as("within the first wait").isFalse();
        assertThat(outages.mayTry("extranet.a.extranet")).as("another target").isTrue();
        clock.advance(Duration.ofMillis(2));
        assertThat(outages.mayTry("extranet.a.legacy")).as("the probe").isTrue();
        assertThat(outages.mayTry("extranet.a.legacy")).as("while the probe runs").isFalse();

        outages.failed("extranet.a.legacy", down);
        clock.advance(Duration.ofMillis(1999));
        assertThat(outages.mayTry("extranet.a.legacy")).as("the second wait is 2 s").isFalse();
        clock.advance(Duration.ofMillis(2));
        assertThat(outages.mayTry("extranet.a.legacy")).isTrue();
        outages.failed("extranet.a.legacy", down);
        clock.advance(Duration.ofMillis(3999));
        assertThat(outages.mayTry("extranet.a.legacy")).as("the third wait is 4 s").isFalse();
        clock.advance(Duration.ofMillis(2));
        assertThat(outages.mayTry("extranet.a.legacy")).isTrue();
    }

    @Test
    void shouldForgetTheOutageOnceTheTargetAnswers() {
        outages.mayTry("extranet.a.legacy");
        outages.failed("extranet.a.legacy", down);
        clock.advance(Duration.ofMillis(1001));
        assertThat(outages.mayTry("extranet.a.legacy")).isTrue();

        outages.succeeded("extranet.a.legacy");

        assertThat(outages.isDown("extranet.a.legacy")).isFalse();
        assertThat(outages.mayTry("extranet.a.legacy")).isTrue();
        outages.failed("extranet.a.legacy", down);
        clock.advance(Duration.ofMillis(1001));
        assertThat(outages.mayTry("extranet.a.legacy")).as("counted afresh: the wait is 1 s again").isTrue();
    }

    @Test
    void shouldHandBackAProbeThatToldNothing() {
        outages.mayTry("extranet.a.legacy");
        outages.failed("extranet.a.legacy", down);
        clock.advance(Duration.ofMillis(1001));
        assertThat(outages.mayTry("extranet.a.legacy")).isTrue();

        outages.undecided("extranet.a.legacy");

        assertThat(outages.mayTry("extranet.a.legacy")).as("the next caller probes").isTrue();
    }
}
