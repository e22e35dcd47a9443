package org.egovhub.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * What the hub knows of the systems it talks to (upstream portals, delivery targets). An
 * unreachable upstream is shown as a detail of the {@code upstreams} health component but never
 * turns the hub DOWN: restarting the hub would not bring the other side back.
 */
@Component("upstreams")
public class UpstreamHealth implements HealthIndicator {

    /** The last thing heard from one upstream. */
    public record State(boolean reachable, String detail, Instant at) {
    }

    private final Map<String, State> states = new ConcurrentHashMap<>();
    private final Clock clock;

    UpstreamHealth(Clock clock) {
        this.clock = clock;
    }

    /** Records the outcome of the latest contact with an upstream. */
    public void report(String upstream, boolean reachable, String detail) {
        states.put(upstream, new State(reachable, detail, clock.instant()));
    }

    public Map<String, State> states() {
        return new TreeMap<>(states);
    }

    @Override
    public Health health() {
        Map<String, Object> details = new TreeMap<>();
        long unreachable = states.values().stream().filter(s -> !s.reachable()).count();
        states.forEach((name, state) -> details.put(name, Map.of(
                "reachable", state.reachable(), "detail", state.detail(), "at", state.at().toString())));
        return Health.up().withDetail("unreachable", unreachable).withDetails(details).build();
    }
}
