package org.egovhub.extranet.flow;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which delivery paths have a target that is down, and until when. While a path's target is down,
 * its messages wait on the queue (re-scheduled, attempts untouched) and one delivery per wait
 * probes the target; the wait doubles with every failed probe, as the retries of a record do. An
 * outage thus costs the attempts of a few probing records, instead of running a whole backlog
 * through its attempt limit into the dead-letter queue.
 */
final class Outages {

    /** A target that is down: since how many failures in a row, and until when nobody asks it. */
    private record Down(int failures, Instant until) {
    }

    private final Map<String, Down> down = new ConcurrentHashMap<>();
    private final ExtranetDelivery.Backoff backoff;

    Outages(ExtranetDelivery.Backoff backoff) {
        this.backoff = backoff;
    }

    /**
     * Whether a delivery on {@code path} may ask the target now: always while it is up; once the wait
     * of a down target has passed, one caller probes it, and the others wait as long as a first retry.
     */
    boolean mayTry(String path, Instant now) {
        boolean[] probe = {false};
        Down state = down.computeIfPresent(path, (key, current) -> {
            if (now.isBefore(current.until())) {
                return current;
            }
            probe[0] = true;
            return new Down(current.failures(), now.plus(backoff.after(1)));
        });
        return state == null || probe[0];
    }

    /** Until when the path's target is taken to be down, or {@code null} when it is up. */
    Instant downUntil(String path) {
        Down state = down.get(path);
        return state == null ? null : state.until();
    }

    /** The target was unavailable; answers how long nobody will ask it. */
    Duration failed(String path, Instant now) {
        Down state = down.compute(path, (key, current) -> {
            int failures = current == null ? 1 : current.failures() + 1;
            return new Down(failures, now.plus(backoff.after(failures)));
        });
        return Duration.between(now, state.until());
    }

    /** The target answered. */
    void up(String path) {
        down.remove(path);
    }
}
