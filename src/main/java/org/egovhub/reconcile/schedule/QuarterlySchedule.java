package org.egovhub.reconcile.schedule;

import java.time.Clock;
import java.time.LocalDate;
import org.egovhub.reconcile.Quarter;
import org.egovhub.reconcile.ReconcileService;
import org.egovhub.reconcile.alerting.AlertingProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Runs and alerts the quarter that ended before "now" on {@code hub.reconcile.alerts.schedule}, in the
 * hub's zone and on the hub's clock. Every hub sharing the database fires; the quarter's run lock and
 * the alert claims make the outcome the same as one hub firing.
 */
@Component
class QuarterlySchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(QuarterlySchedule.class);

    private final ReconcileService service;
    private final AlertingProperties settings;
    private final Clock clock;
    private ThreadPoolTaskScheduler scheduler;

    QuarterlySchedule(ReconcileService service, AlertingProperties settings, Clock clock) {
        this.service = service;
        this.settings = settings;
        this.clock = clock;
    }

    /** The trigger of the schedule, in the clock's zone. */
    CronTrigger trigger() {
        return new CronTrigger(settings.schedule(), clock.getZone());
    }

    /** Runs the quarter before today's; what the schedule calls. */
    Quarter runDue() {
        Quarter due = Quarter.of(LocalDate.now(clock)).previous();
        try {
            ReconcileService.RunOutcome outcome = service.run(due, "schedule");
            log.info("Scheduled reconciliation of {}: {} alerts sent", due, outcome.alerts().size());
        } catch (RuntimeException e) {
            log.error("Scheduled reconciliation of {} failed: {}", due, e.toString());
        }
        return due;
    }

    @Override
    public void start() {
        if (!settings.enabled()) {
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("reconcile-schedule-");
        scheduler.setClock(clock);
        scheduler.initialize();
        scheduler.schedule(this::runDue, trigger());
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
