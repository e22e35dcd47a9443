package org.egovhub.sitehealth.hub;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import org.egovhub.sitehealth.check.Check;
import org.egovhub.sitehealth.check.SiteCheck;
import org.egovhub.sitehealth.check.SiteReport;
import org.springframework.stereotype.Component;

/**
 * The figures of the newest done run and of the probes, for Prometheus: {@code hub_site_broken_links},
 * {@code hub_site_stale_columns}, {@code hub_site_long_stale_columns}, {@code hub_site_blank_columns},
 * {@code hub_site_wording_findings}, {@code hub_site_homepage_days_since_update} (NaN while unknown),
 * {@code hub_site_verdict} (0 pass, 1 warn, 2 veto), and over the probe window
 * {@code hub_site_reachability_ratio} (probes that opened in time ÷ probes; NaN without probes) and
 * {@code hub_site_probes} / {@code hub_site_probes_failed}. Refreshed after each run and probe.
 */
@Component
class SiteMetrics {

    private final SiteRuns runs;
    private final SiteProbes probes;
    private final Map<String, Double> figures = new ConcurrentHashMap<>();

    SiteMetrics(MeterRegistry registry, SiteRuns runs, SiteProbes probes) {
        this.runs = runs;
        this.probes = probes;
        gauge(registry, "hub.site.broken.links", "broken links of the newest run (per link and linking page)", "broken-links");
        gauge(registry, "hub.site.stale.columns", "columns not updated in time", "stale-columns");
        gauge(registry, "hub.site.long.stale.columns", "columns not updated for a long time", "long-stale-columns");
        gauge(registry, "hub.site.blank.columns", "columns with no items", "blank-columns");
        gauge(registry, "hub.site.wording.findings", "wording findings", "wording");
        gauge(registry, "hub.site.homepage.days.since.update", "days since the homepage's newest item", "homepage-stale");
        gauge(registry, "hub.site.verdict", "verdict of the newest run: 0 pass, 1 warn, 2 veto", "verdict");
        gauge(registry, "hub.site.reachability.ratio", "probes that opened the homepage in time, share over the window", "reachability");
        gauge(registry, "hub.site.probes", "probes over the window", "probes");
        gauge(registry, "hub.site.probes.failed", "failed probes over the window", "probes-failed");
        refresh();
    }

    private void gauge(MeterRegistry registry, String name, String description, String figure) {
        ToDoubleFunction<Map<String, Double>> read = m -> m.getOrDefault(figure, Double.NaN);
        Gauge.builder(name, figures, read).description(description).register(registry);
    }

    /** Re-reads the newest done run and the probe window. */
    void refresh() {
        runs.latestDone().flatMap(runs::report).ifPresent(this::figures);
        SiteCheck.Reachability window = probes.window();
        figures.put("probes", (double) window.probes());
        figures.put("probes-failed", (double) window.failed());
        figures.put("reachability", window.probes() == 0 ? Double.NaN : 1.0 - (double) window.failed() / window.probes());
    }

    private void figures(SiteReport report) {
        for (Check check : report.checks()) {
            figures.put(check.check(), check.value() == null ? Double.NaN : check.value().doubleValue());
        }
        figures.put("verdict", switch (report.verdict()) {
            case "veto" -> 2.0;
            case "warn" -> 1.0;
            default -> 0.0;
        });
    }
}
