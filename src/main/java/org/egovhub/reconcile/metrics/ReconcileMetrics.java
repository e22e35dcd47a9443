package org.egovhub.reconcile.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import org.egovhub.reconcile.Quarter;
import org.egovhub.reconcile.matching.DepartmentFigures;
import org.egovhub.reconcile.matching.QuarterRuns;
import org.egovhub.reconcile.store.ImportSummary;
import org.springframework.stereotype.Component;

/**
 * {@code hub_reconcile_online_rate} and {@code hub_reconcile_sync_rate} (tags {@code quarter},
 * {@code department}) for every run quarter, refreshed after each run; {@code hub_reconcile_imports_total}
 * (tags {@code side}, {@code status}) and {@code hub_reconcile_rejected_rows_total} (tag {@code side}).
 */
@Component
public class ReconcileMetrics {

    private final MeterRegistry registry;
    private final QuarterRuns runs;
    private final MultiGauge onlineRate;
    private final MultiGauge syncRate;

    ReconcileMetrics(MeterRegistry registry, QuarterRuns runs) {
        this.registry = registry;
        this.runs = runs;
        this.onlineRate = MultiGauge.builder("hub.reconcile.online.rate").description("matched ÷ actual cases").register(registry);
        this.syncRate = MultiGauge.builder("hub.reconcile.sync.rate").description("(matched − late) ÷ actual cases").register(registry);
        refresh();
    }

    /** Counts an import. */
    public void imported(ImportSummary summary) {
        Counter.builder("hub.reconcile.imports").tag("side", summary.side().key()).tag("status", summary.status())
                .description("ledger imports").register(registry).increment();
        Counter.builder("hub.reconcile.rejected.rows").tag("side", summary.side().key()).description("rows rejected on import")
                .register(registry).increment(summary.rejected());
    }

    /** Re-reads the rates of every run quarter. */
    public void refresh() {
        List<MultiGauge.Row<?>> online = new ArrayList<>();
        List<MultiGauge.Row<?>> sync = new ArrayList<>();
        for (Quarter quarter : runs.quarters()) {
            for (DepartmentFigures d : runs.figures(quarter).map(f -> f.departments()).orElse(List.of())) {
                Tags tags = Tags.of("quarter", quarter.toString(), "department", d.code());
                if (d.onlineRate() != null) {
                    online.add(MultiGauge.Row.of(tags, d.onlineRate().doubleValue()));
                    sync.add(MultiGauge.Row.of(tags, d.syncRate().doubleValue()));
                }
            }
        }
        onlineRate.register(online, true);
        syncRate.register(sync, true);
    }
}
