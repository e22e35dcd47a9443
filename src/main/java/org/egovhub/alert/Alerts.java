package org.egovhub.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Where capabilities raise alerts. The alert is queued durably on {@code alert.mail} and mailed
 * by the {@code alert-mail} route; repeats of the same key within the quiet period are dropped.
 */
@Service
public class Alerts {

    static final String QUEUE = "jms:queue:alert.mail";

    private final ProducerTemplate producer;
    private final ObjectMapper json;
    private final AlertProperties properties;
    private final Clock clock;
    private final Map<String, Instant> lastSent = new ConcurrentHashMap<>();

    @Autowired
    Alerts(ProducerTemplate producer, ObjectMapper json, AlertProperties properties) {
        this(producer, json, properties, Clock.systemUTC());
    }

    Alerts(ProducerTemplate producer, ObjectMapper json, AlertProperties properties, Clock clock) {
        this.producer = producer;
        this.json = json;
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
        try {
            producer.sendBody(QUEUE, json.writeValueAsString(alert));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Alert " + alert.key() + " cannot be written as JSON", e);
        }
        return true;
    }

    /** Forgets that an alert was sent, e.g. once its cause is gone, so a relapse alerts at once. */
    public void clear(String key) {
        lastSent.remove(key);
    }
}
