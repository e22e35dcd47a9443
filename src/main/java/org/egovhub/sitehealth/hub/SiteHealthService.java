package org.egovhub.sitehealth.hub;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.egovhub.platform.ConflictException;
import org.egovhub.platform.NotFoundException;
import org.egovhub.platform.audit.Audit;
import org.egovhub.platform.stage.Outgoing;
import org.egovhub.platform.stage.StageSender;
import org.egovhub.sitehealth.check.Finding;
import org.egovhub.sitehealth.check.SiteReport;
import org.egovhub.sitehealth.report.SiteReports;
import org.springframework.stereotype.Service;

/**
 * What people do with site health, for the API and the console: the runs with their verdict and
 * figures, a run's findings (new or not) and what it fixed, its XLSX report, and a run now.
 */
@Service
public class SiteHealthService {

    /** The runs a list gives at most. */
    static final int MAX_RUNS = 200;

    private final SiteWatch watch;
    private final SiteRuns runs;
    private final StageSender sender;
    private final Audit audit;

    SiteHealthService(SiteWatch watch, SiteRuns runs, StageSender sender, Audit audit) {
        this.watch = watch;
        this.runs = runs;
        this.sender = sender;
        this.audit = audit;
    }

    /** Whether a site is watched ({@code hub.site.file} is set). */
    public boolean watching() {
        return watch.site().isPresent();
    }

    /** The runs, newest first. */
    public List<SiteRun> runs() {
        return runs.list(MAX_RUNS);
    }

    /** One run. */
    public SiteRun run(long id) {
        return runs.find(id).orElseThrow(() -> unknown(id));
    }

    /**
     * A run's findings in report order, all or of one kind ({@link Finding#KINDS}); each says whether
     * it is new since the previous done run.
     */
    public List<SiteFinding> findings(long id, String kind) {
        if (kind != null && !Finding.KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind: '" + kind + "' is not one of " + String.join(", ", Finding.KINDS));
        }
        run(id);
        return runs.findings(id, kind);
    }

    /** The findings of the previous done run that this run no longer has. */
    public List<Finding> fixed(long id) {
        run(id);
        return runs.fixed(id);
    }

    /** A done run's report; a run not done yet has none (409). */
    public SiteReport report(long id) {
        SiteRun run = run(id);
        return runs.report(id).orElseThrow(() -> new ConflictException("site run " + id + " is " + run.status() + ": it has no report yet"));
    }

    /** Writes the XLSX report of {@code report}. */
    public void writeXlsx(SiteReport report, OutputStream out) throws IOException {
        SiteReports.xlsx(report, out);
    }

    /** Queues a run now (crawl and check), recorded in the audit log; the run as queued. */
    public SiteRun requestRun(String actor) {
        String root = watch.site().orElseThrow(() -> new ConflictException("no site is watched: hub.site.file is not set")).site().root();
        long id = runs.request(root, actor);
        SiteRun queued = run(id);
        sender.sendAll(List.of(Outgoing.to(SiteQueues.CRAWL, new SiteRunRequest(id))));
        audit.record(actor, "sitehealth.run", root, Map.of("run", id));
        return queued;
    }

    private static NotFoundException unknown(long id) {
        return new NotFoundException("no site run " + id);
    }
}
