package org.egovhub.extranet;

import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.apache.camel.Headers;
import org.egovhub.extranet.channel.Channels;
import org.egovhub.extranet.channel.Path;
import org.egovhub.extranet.delivery.Deliveries;
import org.egovhub.extranet.journal.Journal;
import org.egovhub.platform.DeadLetterHeaders;
import org.egovhub.platform.UpstreamHealth;

/** The delivery routes' work: deliver on one path, and journal the outcome, dead letters included. */
public class ExtranetDelivery {

    private final Channels channels;
    private final Deliveries deliveries;
    private final Journal journal;
    private final UpstreamHealth health;
    private final ExtranetMetrics metrics;

    public ExtranetDelivery(Channels channels, Deliveries deliveries, Journal journal, UpstreamHealth health, ExtranetMetrics metrics) {
        this.metrics = metrics;
        this.channels = channels;
        this.deliveries = deliveries;
        this.journal = journal;
        this.health = health;
    }

    /** Delivers the record to the target of its path and journals the acknowledgement. */
    public void deliver(@Header(ExtranetHeaders.CHANNEL) String channelId, @Header(ExtranetHeaders.PATH) String path,
            @Header(ExtranetHeaders.STABLE_ID) String stableId, String body, @Headers Map<String, Object> headers) {
        Path which = Path.valueOf(path.toUpperCase(java.util.Locale.ROOT));
        String upstream = "extranet." + channelId + "." + path;
        Integer code;
        try {
            code = deliveries.deliver(channels.get(channelId), which, stableId, body);
        } catch (RuntimeException e) {
            health.report(upstream, false, e.getMessage());
            throw e;
        }
        health.report(upstream, true, channels.get(channelId).target(which).describe());
        Object redeliveries = headers.get(Exchange.REDELIVERY_COUNTER);
        int attempts = 1 + (redeliveries instanceof Number n ? n.intValue() : 0);
        if (code != null) {
            headers.put(ExtranetHeaders.RESPONSE_CODE, code);
        }
        metrics.delivered(channelId, path);
        ExtranetInbound.safely(() -> journal.delivered(channelId, stableId, path, attempts, code));
    }

    /** Journals a dead letter: refused before delivery (inbound) or failed on a path. */
    public void deadLettered(@Headers Map<String, Object> headers) {
        String channelId = (String) headers.get(ExtranetHeaders.CHANNEL);
        String path = (String) headers.get(ExtranetHeaders.PATH);
        String stableId = (String) headers.get(ExtranetHeaders.STABLE_ID);
        if (channelId != null) {
            metrics.deadLettered(channelId, path == null ? "inbound" : path);
        }
        if (channelId == null || path == null || stableId == null) {
            return;
        }
        Object attempts = headers.get(DeadLetterHeaders.ATTEMPTS);
        Object code = headers.get(ExtranetHeaders.RESPONSE_CODE);
        ExtranetInbound.safely(() -> journal.failed(channelId, stableId, path,
                attempts instanceof Number n ? n.intValue() : 1, code instanceof Number c ? c.intValue() : null,
                (String) headers.get(DeadLetterHeaders.CAUSE)));
    }
}
