package org.egovhub.extranet.flow;

import org.egovhub.extranet.ExtranetHeaders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultMessage;
import org.egovhub.platform.ConsumerTransaction;
import org.egovhub.platform.DeadLetterHeaders;

/**
 * What travels on a path queue ({@code extranet.<channel>.<path>}), in one of two shapes:
 * <ul>
 * <li>a <b>batch</b>: a JSON array of {@link PathRecord}s, as the inbound route forwards the records
 * of one inbound message, so a path commits one broker transaction per batch instead of per record;</li>
 * <li>a <b>single record</b>: the record's JSON as the body and its facts in headers
 * ({@code HubStableId}, {@code HubRecordKind}, ...), as a retry, a dead letter and a replayed dead
 * letter carry it, readable as is in the broker console.</li>
 * </ul>
 */
final class PathMessages {

    /** Delivery attempts already made on the path; only on retries, never on dead letters (a replay starts afresh). */
    static final String DELIVERY_ATTEMPTS = "HubDeliveryAttempts";
    /** Artemis's scheduled delivery time, epoch milliseconds (Message.HDR_SCHEDULED_DELIVERY_TIME). */
    static final String SCHEDULED_DELIVERY = "_AMQ_SCHED_DELIVERY";

    private static final TypeReference<List<PathRecord>> BATCH = new TypeReference<>() {
    };

    private final ObjectMapper json = new ObjectMapper();

    /** The body of a batch message. */
    String batch(List<PathRecord> records) {
        try {
            return json.writeValueAsString(records);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a path batch", e);
        }
    }

    /** The records of a path message of either shape. */
    List<PathRecord> read(String body, Map<String, Object> headers) {
        if (body != null && body.startsWith("[")) {
            try {
                return json.readValue(body, BATCH);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("Unreadable path batch: " + e.getOriginalMessage(), e);
            }
        }
        String stableId = (String) headers.get(ExtranetHeaders.STABLE_ID);
        if (stableId == null || body == null) {
            throw new IllegalArgumentException("A single-record path message needs a body and the header " + ExtranetHeaders.STABLE_ID);
        }
        Object attempts = headers.get(DELIVERY_ATTEMPTS);
        return List.of(new PathRecord(stableId, (String) headers.get(ExtranetHeaders.RECORD_KIND),
                (String) headers.get(ExtranetHeaders.DECISION_DATE), (String) headers.get(ExtranetHeaders.WARNINGS), body,
                attempts == null ? 0 : Integer.parseInt(attempts.toString()),
                (String) headers.get(DeadLetterHeaders.FIRST_FAILURE_AT)));
    }

    /** An outgoing batch message for {@code queue}. */
    Message batchMessage(Exchange exchange, String channel, String queue, List<PathRecord> records) {
        Message message = outgoing(exchange, channel, queue);
        message.setBody(batch(records));
        return message;
    }

    /** An outgoing single-record message for {@code queue}, with the record's facts in headers. */
    Message singleMessage(Exchange exchange, String channel, String queue, PathRecord record) {
        Message message = outgoing(exchange, channel, queue);
        message.setBody(record.json());
        message.setHeader(ExtranetHeaders.STABLE_ID, record.stableId());
        message.setHeader(ExtranetHeaders.RECORD_KIND, record.kind());
        if (record.decisionDate() != null) {
            message.setHeader(ExtranetHeaders.DECISION_DATE, record.decisionDate());
        }
        if (record.warnings() != null) {
            message.setHeader(ExtranetHeaders.WARNINGS, record.warnings());
        }
        if (record.firstFailureAt() != null) {
            message.setHeader(DeadLetterHeaders.FIRST_FAILURE_AT, record.firstFailureAt());
        }
        return message;
    }

    /** A message the route sends on to the queue in its {@code HubNextQueue} header. */
    static Message outgoing(Exchange exchange, String channel, String queue) {
        Message message = new DefaultMessage(exchange);
        message.setHeader(ExtranetHeaders.CHANNEL, channel);
        message.setHeader(ConsumerTransaction.NEXT_QUEUE, queue);
        return message;
    }
}
