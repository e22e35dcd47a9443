package org.egovhub.repost;

import org.egovhub.repost.source.Source;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** Repost metrics per source: items fetched, reposted, held, rejected, problems, bytes, repost lag and SLA breaches. */
@Component
public class RepostMetrics {

    private final MeterRegistry registry;
    private final RepostProperties properties;

    /** How soon after its upstream publication an item must be reposted ({@code hub.repost.sla}). */
    java.time.Duration sla() {
        return properties.sla();
    }

    RepostMetrics(MeterRegistry registry, RepostProperties properties) {
        this.registry = registry;
        this.properties = properties;
    }

    public void fetched(Source source, int pages) {
        counter("hub.repost.items.fetched", source.id()).increment(pages);
    }

    public void downloaded(Source source, long bytes) {
        counter("hub.repost.bytes.downloaded", source.id()).increment(bytes);
    }

    public void pollFailed(Source source) {
        counter("hub.repost.polls.failed", source.id()).increment();
    }

    public void problem(Source source, String status) {
        Counter.builder("hub.repost.items.problems").tag("source", source.id()).tag("status", status).register(registry).increment();
    }

    public void held(String sourceId) {
        counter("hub.repost.items.held", sourceId).increment();
    }

    void rejected(String sourceId) {
        counter("hub.repost.items.rejected", sourceId).increment();
    }

    /** A repost: counts it, times the lag since upstream publication and counts an SLA breach. */
    public void reposted(String sourceId, Duration lag) {
        counter("hub.repost.items.reposted", sourceId).increment();
        Timer.builder("hub.repost.lag").description("upstream publish time to repost").tag("source", sourceId)
                .register(registry).record(lag.isNegative() ? Duration.ZERO : lag);
        if (lag.compareTo(properties.sla()) > 0) {
            counter("hub.repost.sla.breaches", sourceId).increment();
        }
    }

    private Counter counter(String name, String sourceId) {
        return Counter.builder(name).tag("source", sourceId).register(registry);
    }
}
