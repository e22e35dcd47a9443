package org.egovhub.platform.queues;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.egovhub.platform.BrokerQueues;
import org.egovhub.platform.ConflictException;
import org.egovhub.platform.DeadLetterHeaders;
import org.egovhub.platform.NotFoundException;
import org.egovhub.platform.audit.Audit;
import org.egovhub.platform.privacy.Masking;
import org.egovhub.platform.stage.FailureKind;
import org.springframework.stereotype.Service;

/**
 * The broker's queues as administrators work with them, for the REST API and the console. The one
 * replay rule of the hub lives here: a dead letter goes back to its {@code HubOriginalQueue}, else
 * to the queue its dead-letter queue is named after ({@code <queue>.dlq -> <queue>}). Dead letters
 * refused for their content ({@code HubFailureKind: refused}) are not replayed by a replay of all:
 * it would only refuse them again. Every change is audited.
 */
@Service
public class QueueService {

    private static final String FAILURE_KIND = DeadLetterHeaders.KIND;
    private static final String REFUSED = FailureKind.REFUSED.header();
    static final String REPLAYED_AT = "HubReplayedAt";
    static final String CORRECTED_AT = "HubCorrectedAt";
    static final String CORRECTED_BY = "HubCorrectedBy";

    private static final String DLQ = ".dlq";
    private static final String NOT_REFUSED = FAILURE_KIND + " IS NULL OR " + FAILURE_KIND + " <> '" + REFUSED + "'";
    /** Artemis JMS ids; anything else cannot be a message of ours and must not reach a selector. */
    private static final Pattern MESSAGE_ID = Pattern.compile("ID:[0-9A-Za-z-]{1,64}");

    private final BrokerQueues broker;
    private final Audit audit;
    private final Clock clock;

    QueueService(BrokerQueues broker, Audit audit, Clock clock) {
        this.broker = broker;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every hub queue with its counters, sorted by name. */
    public List<QueueView> list() {
        Map<String, Map<String, Long>> all = broker.attributes(
                List.of("messageCount", "consumerCount", "messagesAdded", "messagesAcknowledged"));
        return all.entrySet().stream().map(e -> {
            Map<String, Long> a = e.getValue();
            long depth = a.get("messageCount");
            Map<String, Long> dlq = all.get(e.getKey() + DLQ);
            long deadLetters = isDeadLetterQueue(e.getKey()) ? depth : dlq == null ? 0 : dlq.get("messageCount");
            return new QueueView(e.getKey(), depth, a.get("consumerCount"), a.get("messagesAdded"),
                    a.get("messagesAcknowledged"), deadLetters);
        }).toList();
    }

    /** Whether the broker has this queue (asking never creates it). */
    public boolean exists(String queue) {
        return broker.exists(queue);
    }

    /**
     * One page of a queue's messages, oldest first, masked. Walks the whole queue if the page lies
     * deep in it: there is no cap on the depth.
     *
     * @param page from 0
     * @param size messages per page, at least 1
     */
    public QueuePage browse(String queue, int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1");
        }
        requireQueue(queue);
        long total = broker.count(queue, null);
        List<QueueMessage> messages = broker.browse(queue, null, (long) page * size, size).stream()
                .map(m -> message(queue, m)).toList();
        return new QueuePage(queue, page, size, total, messages);
    }

    /** The queues of {@code candidates} the broker has, in the given order (asking never creates one). */
    public List<String> existing(java.util.Collection<String> candidates) {
        java.util.Set<String> names = new java.util.HashSet<>(broker.names());
        return candidates.stream().filter(names::contains).distinct().toList();
    }

    /**
     * Looks for messages on a queue without taking them: those matching {@code selector} (null
     * for all) whose body or a text header contains one of {@code needles} (with no needles, every
     * message the selector matches), reading at most {@code limit} messages; masked as
     * {@link #browse} shows them.
     */
    public QueueSearch search(String queue, String selector, List<String> needles, long limit, int maxFound) {
        BrokerQueues.Scan scan = broker.scan(queue, selector, limit, m -> needles.isEmpty() || holds(m, needles), maxFound);
        return new QueueSearch(queue, scan.read(), scan.complete(), scan.kept().stream().map(m -> message(queue, m)).toList());
    }

    private static boolean holds(BrokerQueues.Browsed message, List<String> needles) {
        for (String needle : needles) {
            if (message.body() != null && message.body().contains(needle)
                    || message.properties().values().stream().anyMatch(v -> v instanceof String text && text.contains(needle))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sends one dead letter back to the queue it failed on.
     *
     * @return the queue it went to
     */
    public String replay(String queue, String messageId, String actor) {
        requireDeadLetters(queue);
        String selector = selectorOf(queue, messageId);
        String target = replayTarget(queue, find(queue, messageId).properties().get(DeadLetterHeaders.ORIGINAL_QUEUE));
        int moved = broker.move(queue, selector, m -> target, stamp());
        if (moved == 0) {
            throw new NotFoundException("No message " + messageId + " on " + queue);
        }
        audit.record(actor, "queue.replay", queue + "/" + messageId, Audit.detail("from", queue, "to", target));
        return target;
    }

    /**
     * Sends every dead letter of a dead-letter queue back to the queue it failed on, except those
     * refused for their content, which stay (and are counted in the result).
     */
    public ReplayResult replayAll(String queue, String actor) {
        requireDeadLetters(queue);
        int moved = broker.move(queue, NOT_REFUSED, m -> replayTarget(queue, originalQueueOf(m)), stamp());
        long left = broker.count(queue, FAILURE_KIND + " = '" + REFUSED + "'");
        ReplayResult result = new ReplayResult(queue, moved, left);
        audit.record(actor, "queue.replay-all", queue, Audit.detail("moved", moved, "leftRefused", left));
        return result;
    }

    /** One message of a queue, masked, as {@link #browse} shows it. */
    public QueueMessage message(String queue, String messageId) {
        requireQueue(queue);
        return message(queue, find(queue, messageId));
    }

    private BrokerQueues.Browsed find(String queue, String messageId) {
        List<BrokerQueues.Browsed> found = broker.browse(queue, selectorOf(queue, messageId), 0, 1);
        if (found.isEmpty()) {
            throw new NotFoundException("No message " + messageId + " on " + queue);
        }
        return found.get(0);
    }

    /**
     * Sends a corrected version of a dead letter (typically one refused for its content) back to
     * the queue it failed on, in place of the dead letter: its properties are kept, its body is
     * {@code correctedBody}. Audited with who and when, not with the body.
     *
     * @return the queue it went to
     */
    public String resubmit(String queue, String messageId, String correctedBody, String actor) {
        if (correctedBody == null || correctedBody.isBlank()) {
            throw new IllegalArgumentException("The corrected version must not be empty");
        }
        requireDeadLetters(queue);
        String selector = selectorOf(queue, messageId);
        String target = replayTarget(queue, find(queue, messageId).properties().get(DeadLetterHeaders.ORIGINAL_QUEUE));
        Map<String, String> stamp = Map.of(CORRECTED_AT, OffsetDateTime.now(clock).toString(), CORRECTED_BY, actor);
        if (broker.moveWithBody(queue, selector, target, correctedBody, stamp) == 0) {
            throw new NotFoundException("No message " + messageId + " on " + queue);
        }
        audit.record(actor, "queue.resubmit", queue + "/" + messageId, Audit.detail("from", queue, "to", target));
        return target;
    }

    /** Discards one dead letter for good, with the reason recorded in the audit log. */
    public void discard(String queue, String messageId, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A discard needs a reason");
        }
        requireDeadLetters(queue);
        if (broker.remove(queue, selectorOf(queue, messageId)) == 0) {
            throw new NotFoundException("No message " + messageId + " on " + queue);
        }
        audit.record(actor, "queue.discard", queue + "/" + messageId, Audit.detail("queue", queue, "message", messageId,
                "reason", reason));
    }

    /** Deletes one message of a queue, for good. */
    public void delete(String queue, String messageId, String actor) {
        requireQueue(queue);
        if (broker.remove(queue, selectorOf(queue, messageId)) == 0) {
            throw new NotFoundException("No message " + messageId + " on " + queue);
        }
        audit.record(actor, "queue.delete", queue + "/" + messageId, Audit.detail("queue", queue, "message", messageId));
    }

    /**
     * Moves every message left on {@code fromQueue} to {@code toQueue}, headers unchanged (for a
     * queue that was renamed, e.g. {@code extranet.<channel>.dlq -> extranet.<channel>.in.dlq}).
     * A queue that does not exist has nothing to move and is not created.
     *
     * @return how many messages were moved
     */
    public int moveAll(String fromQueue, String toQueue) {
        if (fromQueue.equals(toQueue) || !broker.exists(fromQueue)) {
            return 0;
        }
        int moved = broker.move(fromQueue, null, m -> toQueue, Map.of());
        if (moved > 0) {
            audit.record(Audit.HUB, "queue.move", fromQueue, Audit.detail("from", fromQueue, "to", toQueue, "moved", moved));
        }
        return moved;
    }

    /**
     * The queue a dead letter of {@code deadLetterQueue} goes back to: its {@code HubOriginalQueue}
     * when that names a queue, else {@code <queue>} for {@code <queue>.dlq}.
     *
     * @throws ConflictException for a queue that is neither, e.g. {@code hub.poison} without the header
     */
    public static String replayTarget(String deadLetterQueue, Object originalQueue) {
        if (originalQueue instanceof String original && !original.isBlank() && !original.contains(":")) {
            return original;
        }
        if (isDeadLetterQueue(deadLetterQueue) && deadLetterQueue.endsWith(DLQ)) {
            return deadLetterQueue.substring(0, deadLetterQueue.length() - DLQ.length());
        }
        throw new ConflictException("Cannot tell where a message of " + deadLetterQueue + " goes back to: it has no "
                + DeadLetterHeaders.ORIGINAL_QUEUE + " header and the queue is not a <queue>.dlq");
    }

    /** Whether messages on this queue are dead letters ({@code <queue>.dlq}, or the broker's poison queue). */
    public static boolean isDeadLetterQueue(String queue) {
        return queue.endsWith(DLQ) && queue.length() > DLQ.length() || queue.equals(BrokerQueues.POISON_QUEUE);
    }

    private void requireQueue(String queue) {
        if (!broker.exists(queue)) {
            throw new NotFoundException("No queue " + queue);
        }
    }

    private void requireDeadLetters(String queue) {
        requireQueue(queue);
        if (!isDeadLetterQueue(queue)) {
            throw new ConflictException("Queue " + queue + " holds no dead letters: only <queue>.dlq and "
                    + BrokerQueues.POISON_QUEUE + " can be replayed");
        }
    }

    private static String selectorOf(String queue, String messageId) {
        if (messageId == null || !MESSAGE_ID.matcher(messageId).matches()) {
            throw new NotFoundException("No message " + messageId + " on " + queue);
        }
        return "JMSMessageID = '" + messageId + "'";
    }

    private Map<String, String> stamp() {
        return Map.of(REPLAYED_AT, OffsetDateTime.now(clock).toString());
    }

    private static Object originalQueueOf(Message message) {
        try {
            return message.getStringProperty(DeadLetterHeaders.ORIGINAL_QUEUE);
        } catch (JMSException e) {
            return null;
        }
    }

    private QueueMessage message(String queue, BrokerQueues.Browsed browsed) {
        Map<String, Object> headers = new LinkedHashMap<>();
        browsed.properties().forEach((k, v) -> headers.put(k, v instanceof String text ? Masking.mask(text) : v));
        QueueMessage.DeadLetter deadLetter = null;
        Object cause = headers.get(DeadLetterHeaders.CAUSE);
        if (cause != null || isDeadLetterQueue(queue)) {
            Object original = headers.get(DeadLetterHeaders.ORIGINAL_QUEUE);
            String replayTo;
            try {
                replayTo = replayTarget(queue, original);
            } catch (ConflictException e) {
                replayTo = null;
            }
            deadLetter = new QueueMessage.DeadLetter(text(cause), text(headers.get(FAILURE_KIND)),
                    headers.get(DeadLetterHeaders.ATTEMPTS) instanceof Number n ? n.intValue() : null, text(original),
                    text(headers.get(DeadLetterHeaders.FIRST_FAILURE_AT)), replayTo);
        }
        OffsetDateTime sentAt = browsed.timestamp() <= 0 ? null
                : OffsetDateTime.ofInstant(Instant.ofEpochMilli(browsed.timestamp()), clock.getZone());
        return new QueueMessage(browsed.id(), sentAt, headers, Masking.mask(browsed.body()), deadLetter);
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
