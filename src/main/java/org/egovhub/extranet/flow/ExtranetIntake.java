package org.egovhub.extranet.flow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Header;
import org.egovhub.extranet.ExtranetHeaders;
import org.egovhub.extranet.ExtranetMetrics;
import org.egovhub.extranet.channel.Channel;
import org.egovhub.extranet.channel.Channels;
import org.egovhub.extranet.channel.Path;
import org.egovhub.extranet.journal.Journal;
import org.egovhub.extranet.record.CheckedRecord;
import org.egovhub.extranet.record.RecordChecker;
import org.egovhub.extranet.record.Violation;
import org.egovhub.platform.DeadLetterHeaders;
import org.egovhub.platform.privacy.Masking;
import org.egovhub.platform.stage.FailureKind;
import org.egovhub.platform.stage.Outgoing;
import org.egovhub.platform.stage.StageResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one intake of a channel, whichever way records arrive (the ingest API, the inbound queue
 * {@code extranet.<channel>.in}, a dropped file): check every record, decide the paths by the
 * channel's mode at this very moment, journal the records on them, and answer what to send: one batch
 * per path ({@code extranet.<channel>.<path>}) and one dead letter per refused record on
 * {@code extranet.<channel>.in.dlq}, each refusal journaled and counted the same way.
 */
public class ExtranetIntake {

    private static final Logger log = LoggerFactory.getLogger(ExtranetIntake.class);

    /** What became of the records of one intake: the messages to send, and the refused records by position. */
    public record Intake(StageResult result, int accepted, List<Rejection> rejected) {
    }

    /** One refused record, by its position in what arrived. */
    public record Rejection(int index, List<Violation> violations) {
    }

    private final ObjectMapper json;
    private final PathMessages messages;
    private final Channels channels;
    private final RecordChecker checker;
    private final Journal journal;
    private final ExtranetMetrics metrics;
    private final Clock clock;
    private final int batchSize;

    public ExtranetIntake(Channels channels, RecordChecker checker, Journal journal, ExtranetMetrics metrics, ObjectMapper json,
            Clock clock, int batchSize) {
        this.batchSize = batchSize;
        this.channels = channels;
        this.checker = checker;
        this.journal = journal;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
        this.messages = new PathMessages(json);
    }

    /** Stage: the records of one inbound message (one record or a JSON array). */
    public StageResult accept(@Header(ExtranetHeaders.CHANNEL) String channelId, String body) {
        return take(channels.get(channelId), parse(body), body).result();
    }

    /** The records of an API request or a dropped file, already parsed (one record or an array). */
    public Intake take(Channel channel, JsonNode records) {
        return take(channel, records, null);
    }

    private Intake take(Channel channel, JsonNode node, String raw) {
        List<CheckedRecord> checked = check(channel, node, raw);
        List<Outgoing> out = new ArrayList<>();
        List<PathRecord> accepted = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        String now = OffsetDateTime.now(clock).toString();
        for (int i = 0; i < checked.size(); i++) {
            CheckedRecord record = checked.get(i);
            if (record.accepted()) {
                accepted.add(new PathRecord(record.stableId(), channel.recordKind().name(),
                        record.decisionDate() == null ? null : record.decisionDate().toString(),
                        record.warnings().isEmpty() ? null : Masking.mask(String.join("; ", record.warnings())),
                        record.json(), 0, null, 0));
            } else {
                rejected.add(new Rejection(i, record.violations()));
                out.add(refused(channel, record, now));
            }
        }
        for (Path path : accepted.isEmpty() ? List.<Path>of() : channels.mode(channel.id()).paths()) {
            metrics.entered(channel.id(), path.id(), accepted.size());
            ExtranetDelivery.safely(() -> journal.receivedAll(channel.id(), path.id(), accepted));
            // A whole dropped file arrives at once; its path batches keep to the batch size.
            for (int from = 0; from < accepted.size(); from += batchSize) {
                out.add(messages.message(channel.id(), channel.pathQueue(path),
                        accepted.subList(from, Math.min(from + batchSize, accepted.size()))));
            }
        }
        return new Intake(StageResult.of(out), accepted.size(), rejected);
    }

    private List<CheckedRecord> check(Channel channel, JsonNode node, String raw) {
        if (node == null) {
            return List.of(new CheckedRecord(channel.recordKind(), raw == null ? "" : raw, null, null,
                    List.of(new Violation("(record)", null, "not JSON")), List.of()));
        }
        List<CheckedRecord> checked = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(element -> checked.add(checker.check(channel.recordKind(), element)));
        } else {
            checked.add(checker.check(channel.recordKind(), node));
        }
        return checked;
    }

    private Outgoing refused(Channel channel, CheckedRecord record, String now) {
        String reason = new RecordRefusedException(record.violations()).getMessage();
        metrics.deadLettered(channel.id(), "inbound");
        ExtranetDelivery.safely(() -> journal.received(channel.id(), "sha256:" + Journal.sha256(record.json()), "inbound",
                channel.recordKind().name(), "REJECTED", record.json(), null, reason));
        log.info("Extranet record refused on channel {}: {}", channel.id(), Masking.mask(reason));
        return Outgoing.to(channel.deadLetterQueue(), record.json())
                .header(ExtranetHeaders.CHANNEL, channel.id())
                .headers(DeadLetterHeaders.reasons(FailureKind.REFUSED, "RecordRefusedException: " + reason, 1,
                        channel.inboundQueue(), now));
    }

    private JsonNode parse(String body) {
        try {
            return body == null ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
