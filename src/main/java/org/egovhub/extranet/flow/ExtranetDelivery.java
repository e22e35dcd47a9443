package org.egovhub.extranet.flow;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.camel.Header;
import org.apache.camel.Headers;
import org.egovhub.extranet.ExtranetHeaders;
import org.egovhub.extranet.ExtranetMetrics;
import org.egovhub.extranet.channel.Channel;
import org.egovhub.extranet.channel.Channels;
import org.egovhub.extranet.channel.Path;
import org.egovhub.extranet.delivery.Deliveries;
import org.egovhub.extranet.delivery.Outcome;
import org.egovhub.extranet.journal.Journal;
import org.egovhub.platform.DeadLetterHeaders;
import org.egovhub.platform.UpstreamHealth;
import org.egovhub.platform.privacy.Masking;
import org.egovhub.platform.stage.Backoff;
import org.egovhub.platform.stage.DeadLetter;
import org.egovhub.platform.stage.DeadLetterObserver;
import org.egovhub.platform.stage.FailureKind;
import org.egovhub.platform.stage.Outages;
import org.egovhub.platform.stage.Outgoing;
import org.egovhub.platform.stage.StageResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery stage: deliver the records of a path message (a batch or one record) to the path's
 * target, journal the outcomes, and answer what to send in the same transaction: a record that met a
 * timeout, a connection error or a 5xx goes back to the path queue, scheduled after the backoff,
 * until the attempt limit; a refused record, or one out of attempts, goes to the path's dead-letter
 * queue with its reason. While the target is down (the outage breaker is open) the message waits on
 * its queue, attempts untouched. The consumer is never held by a backoff.
 */
public class ExtranetDelivery implements DeadLetterObserver {

    private static final Logger log = LoggerFactory.getLogger(ExtranetDelivery.class);

    private final PathMessages messages;
    private final Channels channels;
    private final Deliveries deliveries;
    private final Journal journal;
    private final UpstreamHealth health;
    private final ExtranetMetrics metrics;
    private final Backoff backoff;
    private final Outages outages;
    private final Clock clock;

    public ExtranetDelivery(Channels channels, Deliveries deliveries, Journal journal, UpstreamHealth health, ExtranetMetrics metrics,
            Backoff backoff, ObjectMapper json, Clock clock) {
        this.metrics = metrics;
        this.channels = channels;
        this.deliveries = deliveries;
        this.journal = journal;
        this.health = health;
        this.backoff = backoff;
        this.clock = clock;
        this.outages = new Outages(backoff, clock);
        this.messages = new PathMessages(json);
    }

    /** Stage: delivers the records of one path message. */
    public StageResult deliver(@Header(ExtranetHeaders.CHANNEL) String channelId, @Header(ExtranetHeaders.PATH) String pathId,
            String body, @Headers Map<String, Object> headers) {
        Channel channel = channels.get(channelId);
        Path path = Path.valueOf(pathId.toUpperCase(Locale.ROOT));
        List<PathRecord> records = messages.read(body, headers);
        String queue = channel.pathQueue(path);
        // A call to a target taken to be down is its probe: a failure there only says it is still down.
        boolean probe = outages.isDown(queue);
        if (!outages.mayTry(queue)) {
            // The target is down: the message waits on the queue for the next probe, attempts untouched.
            return StageResult.of(List.of(later(channel, path, records, Instant.now(clock).plus(outages.waitWhileDown()))));
        }
        List<Outcome> outcomes;
        try {
            outcomes = deliveries.deliverAll(channel, path, records.stream().map(r -> new Deliveries.Item(r.stableId(), r.json())).toList());
        } catch (RuntimeException e) {
            outages.undecided(queue);
            throw e;
        }
        Settled settled = settle(channel, path, records, outcomes, probe);
        report(channel, path, settled);
        return StageResult.of(settled.out());
    }

    /** What became of a batch: the acknowledged records, the messages to send, and the target's failure if it was unavailable. */
    private record Settled(List<Journal.Acknowledged> acknowledged, List<Outgoing> out, RuntimeException unavailable) {
    }

    /**
     * Sorts out the outcomes of one call. A record whose call was the probe of a down target and found
     * it still unavailable waits with the untried ones; the call counts as an attempt made, not against
     * the attempt limit: a long outage must not run a record into the dead-letter queue one probe at a time.
     */
    private Settled settle(Channel channel, Path path, List<PathRecord> records, List<Outcome> outcomes, boolean probe) {
        List<Journal.Acknowledged> acknowledged = new ArrayList<>();
        List<Outgoing> out = new ArrayList<>();
        List<PathRecord> untried = new ArrayList<>();
        String now = OffsetDateTime.now(clock).toString();
        Duration wait = backoff.after(1);
        RuntimeException unavailable = null;
        for (int i = 0; i < records.size(); i++) {
            PathRecord record = records.get(i);
            Outcome outcome = outcomes.get(i);
            if (outcome.delivered()) {
                acknowledged.add(new Journal.Acknowledged(record.stableId(), record.attempts() + 1, outcome.code()));
            } else if (!outcome.tried()) {
                untried.add(record);
            } else if (probe && outcome.retryable()) {
                unavailable = outcome.failure();
                untried.add(record.probedAgain(now));
            } else {
                PathRecord failed = record.failedAgain(now);
                if (outcome.retryable()) {
                    unavailable = outcome.failure();
                    wait = backoff.after(failed.countedAttempts());
                }
                out.add(outcome.retryable() && backoff.mayRetry(failed.countedAttempts())
                        ? retry(channel, path, failed, wait, unavailable)
                        : deadLetter(channel, path, failed, outcome.failure(), outcome.retryable() ? FailureKind.FAILED : FailureKind.REFUSED));
            }
        }
        if (!untried.isEmpty()) {
            // Behind a record the target was unavailable for, or the failed probe itself: they wait together, limits untouched.
            out.add(later(channel, path, untried, Instant.now(clock).plus(outages.waitWhileDown())));
        }
        return new Settled(acknowledged, out, unavailable);
    }

    private void report(Channel channel, Path path, Settled settled) {
        String queue = channel.pathQueue(path);
        if (settled.unavailable() != null) {
            outages.failed(queue, settled.unavailable());
            health.report(queue, false, settled.unavailable().getMessage());
        } else if (!settled.acknowledged().isEmpty()) {
            outages.succeeded(queue);
            health.report(queue, true, channel.target(path).describe());
        } else {
            outages.undecided(queue);
        }
        metrics.delivered(channel.id(), path.id(), settled.acknowledged().size());
        if (!settled.acknowledged().isEmpty()) {
            safely(() -> journal.deliveredAll(channel.id(), path.id(), settled.acknowledged()));
        }
    }

    /** The whole message again, scheduled for {@code until}: a batch stays a batch. */
    private Outgoing later(Channel channel, Path path, List<PathRecord> records, Instant until) {
        Outgoing message = messages.message(channel.id(), channel.pathQueue(path), records).deliverAt(until);
        return records.size() == 1 ? message.header(PathMessages.DELIVERY_ATTEMPTS, records.get(0).attempts())
                .header(PathMessages.PROBE_FAILURES, records.get(0).probes()) : message;
    }

    private Outgoing retry(Channel channel, Path path, PathRecord record, Duration wait, RuntimeException cause) {
        String reason = describe(cause);
        log.info("Extranet record {} on {}: attempt {} failed, next in {} ms: {}", record.stableId(), channel.pathQueue(path),
                record.attempts(), wait.toMillis(), reason);
        safely(() -> journal.retrying(channel.id(), record.stableId(), path.id(), record.attempts(), reason));
        return messages.single(channel.id(), channel.pathQueue(path), record)
                .header(PathMessages.DELIVERY_ATTEMPTS, record.attempts())
                .header(PathMessages.PROBE_FAILURES, record.probes())
                .header(DeadLetterHeaders.LAST_FAILURE, reason)
                .deliverAt(Instant.now(clock).plus(wait));
    }

    private Outgoing deadLetter(Channel channel, Path path, PathRecord record, RuntimeException cause, FailureKind kind) {
        String reason = describe(cause);
        String queue = DeadLetterHeaders.deadLetterQueue(channel.pathQueue(path));
        log.warn("Extranet record dead-lettered on {}: {}", queue, reason);
        metrics.deadLettered(channel.id(), path.id());
        safely(() -> journal.failed(channel.id(), record.stableId(), path.id(), record.attempts(), null, reason));
        return messages.single(channel.id(), queue, record)
                .header(ExtranetHeaders.PATH, path.id())
                .headers(DeadLetterHeaders.reasons(kind, reason, record.attempts(), channel.pathQueue(path), record.firstFailureAt()));
    }

    private static String describe(RuntimeException cause) {
        return Masking.mask(cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }

    @Override
    public boolean observes(String originalQueue) {
        return originalQueue.startsWith("extranet.");
    }

    /** Journals a dead letter of the error handler: a path or inbound message that could not be read or handled at all. */
    @Override
    public void deadLettered(DeadLetter letter) {
        Map<String, Object> headers = letter.headers();
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
        safely(() -> journal.failed(channelId, stableId, path, attempts instanceof Number n ? n.intValue() : 1, null, letter.reason()));
    }

    /** Journal writes never fail a delivery: the records are safe on the broker, and the journal only reports them. */
    static void safely(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            log.warn("Extranet journal not written: {}", e.getMessage());
        }
    }
}
