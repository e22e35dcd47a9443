package org.egovhub.platform.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void shouldDoubleTheWaitAfterEachFailedAttemptUpToTheLimit() {
        Backoff backoff = new Backoff(5, Duration.ofSeconds(1), Duration.ofSeconds(60));

        assertThat(List.of(1, 2, 3, 6, 7, 40)).map(backoff::after).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(4), Duration.ofSeconds(32), Duration.ofSeconds(60), Duration.ofSeconds(60));
    }

    @Test
    void shouldAllowRetriesUpToItsLimit() {
        Backoff backoff = new Backoff(2, Duration.ofSeconds(1), Duration.ofSeconds(60));

        assertThat(List.of(1, 2, 3)).map(backoff::mayRetry).containsExactly(true, true, false);
    }
}
