package org.egovhub.extranet.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A down target is probed by one delivery per wait, and the wait doubles with each failed probe. */
class OutagesTest {

    final Outages outages = new Outages(new ExtranetDelivery.Backoff(5, Duration.ofSeconds(1), Duration.ofSeconds(60)));
    final Instant t0 = Instant.parse("2026-11-27T02:00:00Z");

    @Test
    void shouldLetEveryDeliveryTryWhileTheTargetIsUp() {
        assertThat(outages.mayTry("extranet.a.legacy", t0)).isTrue();
        assertThat(outages.mayTry("extranet.a.legacy", t0)).isTrue();
        assertThat(outages.downUntil("extranet.a.legacy")).isNull();
    }

    @Test
    void shouldLetOneDeliveryProbeOncePerWaitAndDoubleTheWait() {
        assertThat(outages.failed("extranet.a.legacy", t0)).isEqualTo(Duration.ofSeconds(1));

        assertThat(outages.mayTry("extranet.a.legacy", t0.plusMillis(500))).isFalse();
        assertThat(outages.downUntil("extranet.a.legacy")).isEqualTo(t0.plusSeconds(1));
        assertThat(outages.mayTry("extranet.a.extranet", t0.plusMillis(500))).as("another path").isTrue();
        assertThat(outages.mayTry("extranet.a.legacy", t0.plusSeconds(1))).as("the probe").isTrue();
        assertThat(outages.mayTry("extranet.a.legacy", t0.plusSeconds(1))).as("while the probe runs").isFalse();

        assertThat(outages.failed("extranet.a.legacy", t0.plusSeconds(1))).isEqualTo(Duration.ofSeconds(2));
        assertThat(outages.failed("extranet.a.legacy", t0.plusSeconds(3))).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void shouldForgetTheOutageOnceTheTargetAnswers() {
        outages.failed("extranet.a.legacy", t0);
        outages.failed("extranet.a.legacy", t0);

        outages.up("extranet.a.legacy");

        assertThat(outages.mayTry("extranet.a.legacy", t0)).isTrue();
        assertThat(outages.failed("extranet.a.legacy", t0)).as("counted afresh").isEqualTo(Duration.ofSeconds(1));
    }
}
