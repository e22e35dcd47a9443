package org.egovhub.sitehealth.hub;

import java.util.Optional;
import org.egovhub.platform.stage.FailureKind;
import org.egovhub.platform.stage.StageResult;
import org.egovhub.sitehealth.check.SiteCheck;
import org.egovhub.sitehealth.check.SiteReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The stage of {@code sitehealth.crawl}: crawls and checks the site for one requested run, with the
 * probes of the last week as its reachability figure, keeps the report, and hands the run to
 * {@code sitehealth.alert}. A run already done is handed on again and not crawled again (a
 * redelivery); a run that fails is kept as failed, with why, and dead-lettered.
 */
@Component("siteCrawlStage")
public class SiteCrawlStage {

    private static final Logger log = LoggerFactory.getLogger(SiteCrawlStage.class);

    private final SiteWatch watch;
    private final SiteRuns runs;
    private final SiteProbes probes;
    private final SiteMetrics metrics;

    SiteCrawlStage(SiteWatch watch, SiteRuns runs, SiteProbes probes, SiteMetrics metrics) {
        this.watch = watch;
        this.runs = runs;
        this.probes = probes;
        this.metrics = metrics;
    }

    /** Stage: runs the checks of run {@code request.runId()}. */
    public StageResult crawl(SiteRunRequest request) {
        long id = request.runId();
        Optional<String> status = runs.status(id);
        if (status.isEmpty()) {
            return StageResult.deadLetter(FailureKind.REFUSED, "no site run " + id);
        }
        if (status.get().equals("done")) {
            return StageResult.send(SiteQueues.ALERT, request);
        }
        Optional<SiteCheck> check = watch.check();
        if (check.isEmpty()) {
            runs.failed(id, "no site is watched: hub.site.file is not set");
            return StageResult.none();
        }
        runs.started(id);
        SiteReport report;
        try {
            report = check.get().run(probes.window());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("site run " + id + " was interrupted", e);
        } catch (RuntimeException e) {
            log.error("Site run {} failed: {}", id, e.toString());
            runs.failed(id, e.toString());
            return StageResult.deadLetter(FailureKind.FAILED, "site run " + id + " failed: " + e);
        }
        runs.done(id, report);
        metrics.refresh();
        log.info("Site run {}: {} ({} pages, {} links, {} findings)", id, report.verdict(), report.pagesCrawled(), report.linksChecked(),
                report.findings().size());
        report.notes().forEach(note -> log.warn("Site run {}: {}", id, note));
        return StageResult.send(SiteQueues.ALERT, request);
    }
}
