package org.egovhub.extranet.flow;

import org.egovhub.extranet.ExtranetHeaders;
import org.egovhub.extranet.ExtranetMetrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.apache.camel.Message;
import org.egovhub.extranet.channel.Channel;
import org.egovhub.extranet.channel.Channels;
import org.egovhub.extranet.channel.Path;
import org.egovhub.extranet.journal.Journal;
import org.egovhub.extranet.record.CheckedRecord;
import org.egovhub.extranet.record.RecordChecker;
import org.egovhub.extranet.record.Violation;
import org.egovhub.platform.DeadLetterHeaders;
import org.egovhub.platform.privacy.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbound route's work: check every record of an inbound message (one record or a JSON array),
 * decide the paths by the channel's mode at this very moment, journal the records on them, and
 * answer the messages the route sends on, all in the inbound message's transaction.
 */
public class ExtranetInbound {

    private static final Logger log = LoggerFactory.getLogger(ExtranetInbound.class);

    private final ObjectMapper json = new ObjectMapper();
    private final PathMessages messages = new PathMessages();
    private final Channels channels;
    private final RecordChecker checker;
    private final Journal journal;
    private final ExtranetMetrics metrics;
    private final int batchSize;

    public ExtranetInbound(Channels channels, RecordChecker checker, Journal journal, ExtranetMetrics metrics, int batchSize) {
        this.batchSize = batchSize;
        this.channels = channels;
        this.checker = checker;
        this.journal = journal;
        this.metrics = metrics;
    }

    /**
     * Checks the records of one inbound message. Leaves as the body the messages to send: one batch message per path of the channel's
     * mode ({@code extranet.<channel>.<path>}), and one message per refused record for the channel's
     * dead-letter queue with every violation (masked) as its reason; each names its queue in
     * {@code HubNextQueue}.
     */
    public void accept(@Header(ExtranetHeaders.CHANNEL) String channelId, String body, Exchange exchange) {
        Channel channel = channels.get(channelId);
        List<Message> out = new ArrayList<>();
        List<PathRecord> accepted = new ArrayList<>();
        for (CheckedRecord record : check(channel, body)) {
            if (record.accepted()) {
                accepted.add(new PathRecord(record.stableId(), channel.recordKind().name(),
                        record.decisionDate() == null ? null : record.decisionDate().toString(),
                        record.warnings().isEmpty() ? null : Masking.mask(String.join("; ", record.warnings())),
                        record.json(), 0, null));
            } else {
                out.add(refused(exchange, channel, record));
            }
        }
        for (Path path : accepted.isEmpty() ? List.<Path>of() : channels.mode(channelId).paths()) {
            metrics.entered(channelId, path.id(), accepted.size());
            safely(() -> journal.receivedAll(channelId, path.id(), accepted));
            // A whole dropped file arrives as one message; its path batches keep to the batch size.
            for (int from = 0; from < accepted.size(); from += batchSize) {
                out.add(messages.batchMessage(exchange, channelId, channel.pathQueue(path),
                        accepted.subList(from, Math.min(from + batchSize, accepted.size()))));
            }
        }
        // Set on the consumed JMS message itself (a returned value would replace it, and with it the
        // JMS session that consumerTransaction sends in).
        exchange.getMessage().setBody(out);
    }

    private List<CheckedRecord> check(Channel channel, String body) {
        JsonNode node = parse(body);
        if (node == null) {
            return List.of(new CheckedRecord(channel.recordKind(), body == null ? "" : body, null, null,
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

    private Message refused(Exchange exchange, Channel channel, CheckedRecord record) {
        String reason = new RecordRefusedException(record.violations()).getMessage();
        metrics.deadLettered(channel.id(), "inbound");
        safely(() -> journal.received(channel.id(), "sha256:" + Journal.sha256(record.json()), "inbound",
                channel.recordKind().name(), "REJECTED", record.json(), null, reason));
        log.warn("Extranet record refused on channel {}: {}", channel.id(), Masking.mask(reason));
        Message message = PathMessages.outgoing(exchange, channel.id(), channel.deadLetterQueue());
        message.setBody(record.json());
        message.getHeaders().putAll(DeadLetterHeaders.reasons("RecordRefusedException: " + reason, 1, channel.inboundQueue(), null));
        return message;
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
