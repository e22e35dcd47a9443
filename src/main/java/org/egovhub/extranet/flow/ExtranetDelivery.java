package org.egovhub.extranet.flow;

import org.egovhub.extranet.ExtranetHeaders;
import org.egovhub.extranet.ExtranetMetrics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.apache.camel.Headers;
import org.apache.camel.Message;
import org.egovhub.extranet.channel.Channel;
import org.egovhub.extranet.channel.Channels;
import org.egovhub.extranet.channel.Path;
import org.egovhub.extranet.delivery.Deliveries;
import org.egovhub.extranet.delivery.Outcome;
import org.egovhub.extranet.journal.Journal;
import org.egovhub.platform.DeadLetterHeaders;
import org.egovhub.platform.UpstreamHealth;
import org.egovhub.platform.privacy.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery routes' work: deliver the records of a path message (a batch or one record) to the
 * path's target, journal the outcomes, and answer what the route sends on in the same transaction:
 * a record that met a timeout, a connection error or a 5xx goes back to the path queue, scheduled
 * after an exponential backoff, until the attempt limit; a refused record, or one out of attempts,
 * goes to the path's dead-letter queue with its reason. The consumer is never held by a backoff.
 */
public class ExtranetDelivery {

    private static final Logger log = LoggerFactory.getLogger(ExtranetDelivery.class);

    private final PathMessages messages = new PathMessages();
    private final Channels channels;
    private final Deliveries deliveries;
    private final Journal journal;
    private final UpstreamHealth health;
    private final ExtranetMetrics metrics;
    private final Backoff backoff;
    private final Outages outages;

    public ExtranetDelivery(Channels channels, Deliveries deliveries, Journal journal, UpstreamHealth health, ExtranetMetrics metrics,
            Backoff backoff) {
        this.metrics = metrics;
        this.channels = channels;
        this.deliveries = deliveries;
        this.journal = journal;
        this.health = health;
        this.backoff = backoff;
        this.outages = new Outages(backoff);
    }

    /** Exponential backoff between attempts on a path, and how many retries a record gets. */
    public record Backoff(int maxRedeliveries, Duration firstDelay, Duration maxDelay) {

        /** The wait after the given failed attempt (1 = the first attempt failed). */
        Duration after(int failedAttempts) {
            long delay = firstDelay.toMillis() << Math.min(Math.max(failedAttempts - 1, 0), 30);
            return Duration.ofMillis(Math.min(delay, maxDelay.toMillis()));
        }
    }

    /** Delivers the records of one path message; leaves as the body the retries and dead letters to send, each naming its queue. */
    public void deliver(@Header(ExtranetHeaders.CHANNEL) String channelId, @Header(ExtranetHeaders.PATH) String pathId,
            String body, Exchange exchange) {
        Channel channel = channels.get(channelId);
        Path path = Path.valueOf(pathId.toUpperCase(Locale.ROOT));
        List<PathRecord> records = messages.read(body, exchange.getMessage().getHeaders());
        String queue = channel.pathQueue(path);
        if (!outages.mayTry(queue, Instant.now())) {
            // The target is down: the message waits on the queue for the next probe, attempts untouched.
            exchange.getMessage().setBody(List.of(later(exchange, channel, path, records, outages.downUntil(queue))));
            return;
        }
        List<Outcome> outcomes = deliveries.deliverAll(channel, path,
                records.stream().map(r -> new Deliveries.Item(r.stableId(), r.json())).toList());
        Settled settled = settle(exchange, channel, path, records, outcomes);
        report(channel, path, settled);
        // Set on the consumed JMS message itself (a returned value would replace it, and with it the
        // JMS session that consumerTransaction sends in).
        exchange.getMessage().setBody(settled.out());
    }

    /** What became of a batch: the acknowledged records, the messages to send, and the target's failure if it was unavailable. */
    private record Settled(List<Journal.Acknowledged> acknowledged, List<Message> out, RuntimeException unavailable) {
    }

    private Settled settle(Exchange exchange, Channel channel, Path path, List<PathRecord> records, List<Outcome> outcomes) {
        List<Journal.Acknowledged> acknowledged = new ArrayList<>();
        List<Message> out = new ArrayList<>();
        List<PathRecord> untried = new ArrayList<>();
        String now = DeadLetterHeaders.now();
        Duration wait = backoff.after(1);
        RuntimeException unavailable = null;
        for (int i = 0; i < records.size(); i++) {
            PathRecord record = records.get(i);
            Outcome outcome = outcomes.get(i);
            if (outcome.delivered()) {
                acknowledged.add(new Journal.Acknowledged(record.stableId(), record.attempts() + 1, outcome.code()));
            } else if (!outcome.tried()) {
                untried.add(record);
            } else {
                PathRecord failed = record.failedAgain(now);
                if (outcome.retryable()) {
                    unavailable = outcome.failure();
                    wait = backoff.after(failed.attempts());
                }
                out.add(outcome.retryable() && failed.attempts() <= backoff.maxRedeliveries()
                        ? retry(exchange, channel, path, failed, wait, unavailable)
                        : deadLetter(exchange, channel, path, failed, outcome.failure()));
            }
        }
        Duration down = unavailable == null ? wait : outages.failed(channel.pathQueue(path), Instant.now());
        if (!untried.isEmpty()) {
            // Behind a record the target was unavailable for: they wait together, attempts untouched.
            out.add(later(exchange, channel, path, untried, Instant.now().plus(down)));
        }
        return new Settled(acknowledged, out, unavailable);
    }

    private void report(Channel channel, Path path, Settled settled) {
        String queue = channel.pathQueue(path);
        if (settled.unavailable() != null) {
            health.report(queue, false, settled.unavailable().getMessage());
        } else if (!settled.acknowledged().isEmpty()) {
            outages.up(queue);
            health.report(queue, true, channel.target(path).describe());
        }
        metrics.delivered(channel.id(), path.id(), settled.acknowledged().size());
        if (!settled.acknowledged().isEmpty()) {
            ExtranetInbound.safely(() -> journal.deliveredAll(channel.id(), path.id(), settled.acknowledged()));
        }
    }

    /** The whole message again, scheduled for {@code until}: a batch stays a batch. */
    private Message later(Exchange exchange, Channel channel, Path path, List<PathRecord> records, Instant until) {
        Message message = records.size() == 1
                ? messages.singleMessage(exchange, channel.id(), channel.pathQueue(path), records.get(0))
                : messages.batchMessage(exchange, channel.id(), channel.pathQueue(path), records);
        if (records.size() == 1) {
            message.setHeader(PathMessages.DELIVERY_ATTEMPTS, records.get(0).attempts());
        }
        message.setHeader(PathMessages.SCHEDULED_DELIVERY, (until == null ? Instant.now() : until).toEpochMilli());
        return message;
    }

    private Message retry(Exchange exchange, Channel channel, Path path, PathRecord record, Duration wait, RuntimeException cause) {
        String reason = describe(cause);
        log.warn("Extranet record {} on {}: attempt {} failed, next in {} ms: {}", record.stableId(), channel.pathQueue(path),
                record.attempts(), wait.toMillis(), reason);
        ExtranetInbound.safely(() -> journal.retrying(channel.id(), record.stableId(), path.id(), record.attempts(), reason));
        Message message = messages.singleMessage(exchange, channel.id(), channel.pathQueue(path), record);
        message.setHeader(PathMessages.DELIVERY_ATTEMPTS, record.attempts());
        message.setHeader(PathMessages.SCHEDULED_DELIVERY, System.currentTimeMillis() + wait.toMillis());
        return message;
    }

    private Message deadLetter(Exchange exchange, Channel channel, Path path, PathRecord record, RuntimeException cause) {
        String reason = describe(cause);
        String queue = channel.pathQueue(path) + ".dlq";
        log.warn("Extranet record dead-lettered on {}: {}", queue, reason);
        metrics.deadLettered(channel.id(), path.id());
        ExtranetInbound.safely(() -> journal.failed(channel.id(), record.stableId(), path.id(), record.attempts(), null, reason));
        Message message = messages.singleMessage(exchange, channel.id(), queue, record);
        message.setHeader(ExtranetHeaders.PATH, path.id());
        message.getHeaders().putAll(DeadLetterHeaders.reasons(reason, record.attempts(), channel.pathQueue(path), record.firstFailureAt()));
        return message;
    }

    private static String describe(RuntimeException cause) {
        return Masking.mask(cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }

    /** Journals a dead letter of the error handler: a path message that could not be read or handled at all. */
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
        ExtranetInbound.safely(() -> journal.failed(channelId, stableId, path,
                attempts instanceof Number n ? n.intValue() : 1, null, (String) headers.get(DeadLetterHeaders.CAUSE)));
    }
}
