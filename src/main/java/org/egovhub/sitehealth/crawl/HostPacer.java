package org.egovhub.sitehealth.crawl;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Keeps a pause between two requests to one host: each request takes the host's next free slot
 * (so concurrent workers queue up instead of bursting) and waits for it.
 */
public final class HostPacer {

    /** Waits; tests record the waits instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final LongSupplier nanos;
    private final Sleeper sleeper;
    private final Map<String, Long> nextSlot = new ConcurrentHashMap<>();

    public HostPacer(LongSupplier nanos, Sleeper sleeper) {
        this.nanos = nanos;
        this.sleeper = sleeper;
    }

    /** A pacer on the system's monotonic time that really sleeps. */
    public static HostPacer system() {
        return new HostPacer(System::nanoTime, duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000));
    }

    /** Waits until a request to {@code host} keeps {@code pause} from the one before. */
    public void await(String host, Duration pause) throws InterruptedException {
        long now = nanos.getAsLong();
        long[] slot = new long[1];
        nextSlot.compute(host, (key, next) -> {
            slot[0] = next == null ? now : Math.max(now, next);
            return slot[0] + pause.toNanos();
        });
        if (slot[0] > now) {
            sleeper.sleep(Duration.ofNanos(slot[0] - now));
        }
    }
}
