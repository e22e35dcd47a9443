package org.egovhub.extranet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.camel.Header;
import org.apache.camel.Headers;
import org.egovhub.extranet.channel.Channel;
import org.egovhub.extranet.channel.Channels;
import org.egovhub.extranet.channel.Path;
import org.egovhub.extranet.journal.Journal;
import org.egovhub.extranet.record.CheckedRecord;
import org.egovhub.extranet.record.RecordChecker;
import org.egovhub.extranet.record.Violation;
import org.egovhub.platform.privacy.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbound route's work: split batches, check a record, decide its paths by the channel's
 * mode at this very moment, and journal it.
 */
public class ExtranetInbound {

    private static final Logger log = LoggerFactory.getLogger(ExtranetInbound.class);

    private final ObjectMapper json = new ObjectMapper();
    private final Channels channels;
    private final RecordChecker checker;
    private final Journal journal;
    private final ExtranetMetrics metrics;

    public ExtranetInbound(Channels channels, RecordChecker checker, Journal journal, ExtranetMetrics metrics) {
        this.channels = channels;
        this.checker = checker;
        this.journal = journal;
        this.metrics = metrics;
    }

    /** Whether the message holds a JSON array, to be split into one message per record. */
    public boolean isBatch(String body) {
        return body != null && body.stripLeading().startsWith("[");
    }

    /** The records of a JSON array, each as its own JSON text; an unreadable body is one record that will be refused. */
    public List<String> records(String body) {
        JsonNode node = parse(body);
        List<String> records = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(element -> records.add(element.toString()));
        } else {
            records.add(body);
        }
        return records;
    }

    /** Checks one record and stamps its facts and its paths on the message; a refused record throws. */
    public void check(@Header(ExtranetHeaders.CHANNEL) String channelId, String body, @Headers Map<String, Object> headers) {
        Channel channel = channels.get(channelId);
        JsonNode node = parse(body);
        CheckedRecord record = node == null
                ? new CheckedRecord(channel.recordKind(), body, null, null, List.of(new Violation("(record)", null, "not JSON")), List.of())
                : checker.check(channel.recordKind(), node);
        if (!record.accepted()) {
            safely(() -> journal.received(channelId, "sha256:" + Journal.sha256(body), "inbound",
                    channel.recordKind().name(), "REJECTED", body, null, new RecordRefusedException(record.violations()).getMessage()));
            throw new RecordRefusedException(record.violations());
        }
        headers.put(ExtranetHeaders.STABLE_ID, record.stableId());
        headers.put(ExtranetHeaders.RECORD_KIND, channel.recordKind().name());
        if (record.decisionDate() != null) {
            headers.put(ExtranetHeaders.DECISION_DATE, record.decisionDate().toString());
        }
        if (!record.warnings().isEmpty()) {
            headers.put(ExtranetHeaders.WARNINGS, Masking.mask(String.join("; ", record.warnings())));
        }
        headers.put(ExtranetHeaders.PATHS, channels.mode(channelId).paths().stream().map(Path::id).collect(Collectors.joining(",")));
    }

    /** Journals a record entering one path; the journal never stops a delivery. */
    public void entered(@Header(ExtranetHeaders.CHANNEL) String channelId, String path, String body,
            @Headers Map<String, Object> headers) {
        String decision = (String) headers.get(ExtranetHeaders.DECISION_DATE);
        metrics.entered(channelId, path);
        safely(() -> journal.received(channelId, (String) headers.get(ExtranetHeaders.STABLE_ID), path,
                (String) headers.get(ExtranetHeaders.RECORD_KIND), "PENDING", body,
                decision == null ? null : LocalDate.parse(decision), null));
    }

    private JsonNode parse(String body) {
        try {
            return body == null ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    static void safely(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            log.warn("Extranet journal not written: {}", e.getMessage());
        }
    }
}
