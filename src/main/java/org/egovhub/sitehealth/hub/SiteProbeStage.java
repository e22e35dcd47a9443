package org.egovhub.sitehealth.hub;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.egovhub.platform.stage.StageResult;
import org.egovhub.sitehealth.check.SiteCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The stage of {@code sitehealth.probe}: opens the homepage once within {@code hub.site.probe-timeout}
 * (15 s) and keeps the outcome. A probe that waited on its queue for longer than the probe window
 * (the hub was down) is dropped: it would say nothing of that time.
 */
@Component("siteProbeStage")
public class SiteProbeStage {

    private static final Logger log = LoggerFactory.getLogger(SiteProbeStage.class);

    private final SiteWatch watch;
    private final SiteProbes probes;
    private final SiteMetrics metrics;
    private final SiteScheduleProperties schedule;
    private final Clock clock;

    SiteProbeStage(SiteWatch watch, SiteProbes probes, SiteMetrics metrics, SiteScheduleProperties schedule, Clock clock) {
        this.watch = watch;
        this.probes = probes;
        this.metrics = metrics;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** Stage: one probe. */
    public StageResult probe(SiteProbeRequest request) throws InterruptedException {
        Optional<SiteCheck> check = watch.check();
        if (check.isEmpty() || request.dueAt().plus(schedule.probeWindow()).isBefore(clock.instant())) {
            return StageResult.none();
        }
        long started = System.nanoTime();
        SiteCheck.Reachability probe = check.get().probeOnce();
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        String url = watch.site().orElseThrow().site().root();
        Object status = probe.failures().isEmpty() ? null : probe.failures().get(0).status();
        probes.record(url, status, millis);
        if (status != null) {
            log.warn("Site probe: {} could not be opened ({})", url, status);
        }
        metrics.refresh();
        return StageResult.none();
    }
}
