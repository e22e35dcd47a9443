package org.egovhub.extranet.flow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.egovhub.extranet.ExtranetHeaders;
import org.egovhub.platform.DeadLetterHeaders;
import org.egovhub.platform.stage.Outgoing;

/**
 * What travels on a path queue ({@code extranet.<channel>.<path>}), in one of two shapes:
 * <ul>
 * <li>a <b>batch</b>: a JSON array of {@link PathRecord}s, as the inbound stage forwards the records
 * of one inbound message, so a path commits one broker transaction per batch instead of per record;</li>
 * <li>a <b>single record</b>: the record's JSON as the body and its facts in headers
 * ({@code HubStableId}, {@code HubRecordKind}, ...), as a retry, a dead letter and a replayed dead
 * letter carry it, readable as is in the console.</li>
 * </ul>
 */
public final class PathMessages {

    /** Delivery attempts already made on the path; only on retries, never on dead letters (a replay starts afresh). */
    static final String DELIVERY_ATTEMPTS = DeadLetterHeaders.DELIVERY_ATTEMPTS;

    /** Of those, the failed probes of a target taken to be down (not counted against the limit); only with the attempts. */
    static final String PROBE_FAILURES = "HubProbeFailures";

    private static final TypeReference<List<PathRecord>> BATCH = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public PathMessages(ObjectMapper json) {
        this.json = json;
    }

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
        return List.of(new PathRecord(stableId, (String) headers.get(ExtranetHeaders.RECORD_KIND),
                (String) headers.get(ExtranetHeaders.DECISION_DATE), (String) headers.get(ExtranetHeaders.WARNINGS), body,
                count(headers, DELIVERY_ATTEMPTS), (String) headers.get(DeadLetterHeaders.FIRST_FAILURE_AT), count(headers, PROBE_FAILURES)));
    }

    private static int count(Map<String, Object> headers, String name) {
        Object value = headers.get(name);
        return value == null ? 0 : Integer.parseInt(value.toString());
    }

    /** A batch message for {@code queue}, or a single-record one when the batch holds one record. */
    Outgoing message(String channel, String queue, List<PathRecord> records) {
        return records.size() == 1 ? single(channel, queue, records.get(0))
                : Outgoing.to(queue, batch(records)).header(ExtranetHeaders.CHANNEL, channel);
    }

    /** A single-record message for {@code queue}, with the record's facts in headers. */
    Outgoing single(String channel, String queue, PathRecord record) {
        return Outgoing.to(queue, record.json())
                .header(ExtranetHeaders.CHANNEL, channel)
                .header(ExtranetHeaders.STABLE_ID, record.stableId())
                .header(ExtranetHeaders.RECORD_KIND, record.kind())
                .header(ExtranetHeaders.DECISION_DATE, record.decisionDate())
                .header(ExtranetHeaders.WARNINGS, record.warnings())
                .header(DeadLetterHeaders.FIRST_FAILURE_AT, record.firstFailureAt());
    }
}
