package org.egovhub.platform.stage;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One message a stage sends on: to a queue, a body (text as it is, anything else written as JSON by
 * the hub's one {@code ObjectMapper}), headers (strings, numbers, booleans become JMS properties) and
 * optionally a time before which the broker keeps it back (a scheduled retry). For example
 * {@code Outgoing.to("repost.extracted", item).header("HubSource", "gov-cn")}.
 *
 * @param queue the queue, {@code <capability>.<stage>} or its {@code .dlq}
 * @param body what the message carries
 * @param headers its properties, in order
 * @param deliverAt when the broker hands it out at the earliest, or {@code null} for at once
 */
public record Outgoing(String queue, Object body, Map<String, Object> headers, Instant deliverAt) {

    public Outgoing {
        if (queue == null || queue.isBlank()) {
            throw new IllegalArgumentException("An outgoing message needs a queue");
        }
        headers = headers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** A message with no headers, delivered at once. */
    public static Outgoing to(String queue, Object body) {
        return new Outgoing(queue, body, Map.of(), null);
    }

    /** The same message with one more header; a {@code null} value leaves the header out. */
    public Outgoing header(String name, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, Object> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Outgoing(queue, body, more, deliverAt);
    }

    /** The same message with these headers added. */
    public Outgoing headers(Map<String, ?> more) {
        Map<String, Object> all = new LinkedHashMap<>(headers);
        more.forEach((k, v) -> {
            if (v != null) {
                all.put(k, v);
            }
        });
        return new Outgoing(queue, body, all, deliverAt);
    }

    /** The same message, kept back by the broker until {@code at}. */
    public Outgoing deliverAt(Instant at) {
        return new Outgoing(queue, body, headers, at);
    }
}
