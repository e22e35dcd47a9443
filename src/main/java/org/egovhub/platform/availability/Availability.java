package org.egovhub.platform.availability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.egovhub.platform.privacy.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Knows at every moment whether each watched dependency (the broker, the database) answers. A
 * background probe asks each one every {@code probe-interval}; one that throws, or has not answered
 * within {@code probe-timeout}, is down until a probe answers again. Asking {@link #state} never
 * waits on the dependency itself: health and the API answer at once during an outage. Until its
 * first answer a dependency counts as up.
 */
public final class Availability implements SmartLifecycle {

    /** What the hub last knew of one dependency. */
    public record State(boolean up, String detail, Instant since) {
    }

    public static final String BROKER = "broker";
    public static final String DATABASE = "database";

    private static final Logger log = LoggerFactory.getLogger(Availability.class);

    private final Map<String, Watched> watched = new LinkedHashMap<>();
    private final AvailabilityProperties properties;
    private final Clock clock;
    private ScheduledExecutorService ticks;
    private ExecutorService probes;

    Availability(AvailabilityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Adds a dependency to watch; before {@link #start}. */
    Availability watch(String name, Probe probe) {
        watched.put(name, new Watched(name, probe, new AtomicReference<>(new State(true, "not asked yet", clock.instant()))));
        return this;
    }

    public State state(String name) {
        Watched dependency = watched.get(name);
        if (dependency == null) {
            throw new IllegalArgumentException("Not a watched dependency: " + name);
        }
        return dependency.state.get();
    }

    /** Throws a {@link DependencyUnavailableException} (a 503 for the API) unless every named dependency is up. */
    public void require(String... names) {
        for (String name : names) {
            State state = state(name);
            if (!state.up()) {
                throw new DependencyUnavailableException("The " + name + " is unavailable since " + state.since() + ": "
                        + state.detail(), properties.retryAfter());
            }
        }
    }

    public Duration retryAfter() {
        return properties.retryAfter();
    }

    @Override
    public synchronized void start() {
        ticks = Executors.newSingleThreadScheduledExecutor(daemon("availability"));
        probes = Executors.newCachedThreadPool(daemon("availability-probe"));
        ticks.scheduleWithFixedDelay(this::tick, 0, properties.probeInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (ticks != null) {
            ticks.shutdownNow();
            probes.shutdownNow();
            ticks = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return ticks != null;
    }

    /** Starts after the broker and listeners, stops before them (its probes would only log their absence). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private void tick() {
        for (Watched dependency : watched.values()) {
            try {
                dependency.tick();
            } catch (RuntimeException e) {
                log.warn("Probe of the {} could not run: {}", dependency.name, e.toString());
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private final class Watched {

        private final String name;
        private final Probe probe;
        private final AtomicReference<State> state;
        private Future<?> inFlight;
        private long askedAt;

        Watched(String name, Probe probe, AtomicReference<State> state) {
            this.name = name;
            this.probe = probe;
            this.state = state;
        }

        /** Runs on the one tick thread: starts a probe unless one is out, and judges one that takes too long. */
        void tick() {
            if (inFlight != null && !inFlight.isDone()) {
                long waited = System.nanoTime() - askedAt;
                if (waited > properties.probeTimeout().toNanos()) {
                    down("no answer within " + properties.probeTimeout().toMillis() + " ms");
                }
                return;
            }
            askedAt = System.nanoTime();
            inFlight = probes.submit(this::ask);
        }

        private void ask() {
            try {
                probe.ask();
                if (!state.get().up()) {
                    log.info("The {} answers again", name);
                }
                state.set(new State(true, "answers", clock.instant()));
            } catch (Exception e) {
                down(Masking.mask(String.valueOf(e.getMessage())));
            }
        }

        private void down(String detail) {
            State before = state.getAndUpdate(s -> s.up() ? new State(false, detail, clock.instant()) : new State(false, detail, s.since()));
            if (before.up()) {
                log.warn("The {} is unavailable: {}", name, detail);
            }
        }
    }
}
