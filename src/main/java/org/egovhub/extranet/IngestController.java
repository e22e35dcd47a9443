package org.egovhub.extranet;

import org.egovhub.extranet.flow.RecordRefusedException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.MessageProducer;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.egovhub.extranet.channel.Channel;
import org.egovhub.extranet.channel.Channels;
import org.egovhub.extranet.record.CheckedRecord;
import org.egovhub.extranet.record.RecordChecker;
import org.egovhub.extranet.record.Violation;
import org.egovhub.platform.DeadLetterHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/ingest/{channel}}: one JSON record or an array. Answers 202 only once every
 * accepted record is on {@code extranet.<channel>.in} and every refused one on the channel's
 * dead-letter queue, all in one JMS transaction.
 */
@RestController
class IngestController {

    /** What the caller gets back. */
    record Receipt(int accepted, List<Rejection> rejected) {
    }

    /** One refused record, by its position in the request. */
    record Rejection(int index, List<Violation> violations) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final Channels channels;
    private final RecordChecker checker;
    private final JmsTemplate jms;
    private final ExtranetMetrics metrics;
    private final int batchSize;

    IngestController(Channels channels, RecordChecker checker, ConnectionFactory connectionFactory, ExtranetMetrics metrics,
            ExtranetProperties properties) {
        this.batchSize = properties.batchSize();
        this.channels = channels;
        this.checker = checker;
        this.metrics = metrics;
        this.jms = new JmsTemplate(connectionFactory);
        this.jms.setSessionTransacted(true);
    }

    @PostMapping(path = "/api/ingest/{channel}", consumes = "application/json")
    ResponseEntity<Receipt> ingest(@PathVariable String channel, @RequestBody String body) {
        Channel target = channel(channel);
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No record in the request");
        }
        List<JsonNode> records = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(records::add);
        } else {
            records.add(root);
        }
        List<CheckedRecord> checked = records.stream().map(r -> checker.check(target.recordKind(), r)).toList();
        List<Rejection> rejected = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            if (!checked.get(i).accepted()) {
                rejected.add(new Rejection(i, checked.get(i).violations()));
            }
        }
        enqueue(target, checked);
        rejected.forEach(r -> metrics.deadLettered(target.id(), "inbound"));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Receipt(checked.size() - rejected.size(), rejected));
    }

    /** Accepted records go to the inbound queue in messages of up to {@code batchSize}; refused ones one by one to the dead-letter queue. */
    private void enqueue(Channel channel, List<CheckedRecord> records) {
        String now = DeadLetterHeaders.now();
        List<String> accepted = records.stream().filter(CheckedRecord::accepted).map(CheckedRecord::json).toList();
        jms.execute(session -> {
            try (MessageProducer in = session.createProducer(session.createQueue(channel.inboundQueue()));
                    MessageProducer dlq = session.createProducer(session.createQueue(channel.deadLetterQueue()))) {
                for (int from = 0; from < accepted.size(); from += batchSize) {
                    List<String> batch = accepted.subList(from, Math.min(from + batchSize, accepted.size()));
                    TextMessage message = session.createTextMessage(batch.size() == 1 ? batch.get(0) : "[" + String.join(",", batch) + "]");
                    message.setStringProperty(ExtranetHeaders.CHANNEL, channel.id());
                    in.send(message);
                }
                for (CheckedRecord record : records) {
                    if (!record.accepted()) {
                        TextMessage message = session.createTextMessage(record.json());
                        message.setStringProperty(ExtranetHeaders.CHANNEL, channel.id());
                        for (Map.Entry<String, Object> reason : DeadLetterHeaders.reasons(
                                "RecordRefusedException: " + new RecordRefusedException(record.violations()).getMessage(), 1,
                                channel.inboundQueue(), now).entrySet()) {
                            message.setObjectProperty(reason.getKey(), reason.getValue());
                        }
                        dlq.send(message);
                    }
                }
            }
            session.commit();
            return null;
        }, true);
    }

    private Channel channel(String id) {
        try {
            return channels.get(id);
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }
}
