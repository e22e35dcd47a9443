package org.egovhub.extranet;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Extranet record counters, tagged by channel and path ({@code legacy}, {@code extranet}, or
 * {@code inbound} for records refused on entry): {@code hub.extranet.records{outcome=entered|delivered|dead-lettered}}.
 * They hold no record content, so nothing personal reaches the metrics.
 */
public class ExtranetMetrics {

    private final MeterRegistry registry;

    public ExtranetMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void entered(String channel, String path, int records) {
        count(channel, path, "entered", records);
    }

    public void delivered(String channel, String path, int records) {
        count(channel, path, "delivered", records);
    }

    public void deadLettered(String channel, String path) {
        count(channel, path, "dead-lettered", 1);
    }

    private void count(String channel, String path, String outcome, int records) {
        if (records > 0) {
            Counter.builder("hub.extranet.records").description("extranet records by channel, path and outcome")
                    .tag("channel", channel).tag("path", path).tag("outcome", outcome).register(registry).increment(records);
        }
    }
}
