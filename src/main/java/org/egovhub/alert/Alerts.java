package org.egovhub.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.egovhub.platform.stage.Outgoing;
import org.egovhub.platform.stage.StageSender;
import org.springframework.stereotype.Service;

/**
 * Where capabilities raise alerts. The alert is queued durably on {@code alert.mail} and mailed
 * by the {@code alert-mail} route; repeats of the same key within the quiet period are dropped.
 */
@Service
public class Alerts {

    static final String QUEUE = "alert.mail";

    private final StageSender sender;
    private final AlertProperties properties;
    private final Clock clock;
    private final Map<String, Instant> lastSent = new ConcurrentHashMap<>();

    Alerts(StageSender sender, AlertProperties properties, Clock clock) {
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
    }

    /** Queues the alert unless one with the same key went out within the quiet period. */
    public boolean raise(Alert alert) {
        Instant now = clock.instant();
        Instant previous = lastSent.get(alert.key());
        if (previous != null && previous.plus(properties.quietPeriod()).isAfter(now)) {
            return false;
        }
        lastSent.put(alert.key(), now);
        sender.sendAll(List.of(Outgoing.to(QUEUE, alert)));
        return true;
    }

    /**
     * The alert as a message of a stage's result, sent with the stage's other outgoing messages in
     * the consumed message's transaction. No quiet period applies: such a stage keeps its own
     * record of what it alerted (site health alerts each finding once until it is fixed).
     */
    public static Outgoing outgoing(Alert alert) {
        return Outgoing.to(QUEUE, alert);
    }

    /** Forgets that an alert was sent, e.g. once its cause is gone, so a relapse alerts at once. */
    public void clear(String key) {
        lastSent.remove(key);
    }
}
