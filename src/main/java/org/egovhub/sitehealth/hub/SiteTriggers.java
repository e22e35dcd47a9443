package org.egovhub.sitehealth.hub;

import java.time.Clock;
import org.egovhub.platform.stage.StageResult;
import org.springframework.stereotype.Component;

/**
 * What the schedules of {@code routes/sitehealth-schedule.camel.yaml} start: a run of the daily
 * crawl, a probe. Nothing while no site is watched.
 */
@Component("siteTriggers")
public class SiteTriggers {

    /** Who requests the scheduled runs. */
    static final String SCHEDULE = "schedule";

    private final SiteWatch watch;
    private final SiteRuns runs;
    private final Clock clock;

    SiteTriggers(SiteWatch watch, SiteRuns runs, Clock clock) {
        this.watch = watch;
        this.runs = runs;
        this.clock = clock;
    }

    /** The hub's zone, in which the schedules' cron expressions are read ({@code {{bean:siteTriggers.zone}}}). */
    public String zone() {
        return clock.getZone().getId();
    }

    /** The daily crawl: a new run on {@code sitehealth.crawl}. */
    public StageResult crawlDue() {
        return watch.site().map(site -> StageResult.send(SiteQueues.CRAWL, new SiteRunRequest(runs.request(site.site().root(), SCHEDULE))))
                .orElse(StageResult.none());
    }

    /** A probe on {@code sitehealth.probe}. */
    public StageResult probeDue() {
        return watch.site().isPresent() ? StageResult.send(SiteQueues.PROBE, new SiteProbeRequest(clock.instant())) : StageResult.none();
    }
}
