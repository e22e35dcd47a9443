package org.egovhub.extranet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.NoSuchElementException;
import org.egovhub.extranet.channel.Channel;
import org.egovhub.extranet.channel.Channels;
import org.egovhub.extranet.flow.ExtranetIntake;
import org.egovhub.platform.availability.Availability;
import org.egovhub.platform.stage.StageSender;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/ingest/{channel}}: one JSON record or an array, taken in by the channel's one
 * intake (as the inbound queue and the drop folder are). Answers 202 only once every accepted record
 * is on its path queues and every refused one on {@code extranet.<channel>.in.dlq}, journaled, all in
 * one JMS transaction. While the broker or the database is down it answers 503 with
 * {@code Retry-After} at once.
 */
@RestController
class IngestController {

    /** What the caller gets back. */
    record Receipt(int accepted, List<ExtranetIntake.Rejection> rejected) {
    }

    private final ObjectMapper json;
    private final Channels channels;
    private final ExtranetIntake intake;
    private final StageSender sender;
    private final Availability availability;

    IngestController(Channels channels, ExtranetIntake intake, StageSender sender, ObjectMapper json, Availability availability) {
        this.availability = availability;
        this.channels = channels;
        this.intake = intake;
        this.sender = sender;
        this.json = json;
    }

    @PostMapping(path = "/api/ingest/{channel}", consumes = "application/json")
    ResponseEntity<Receipt> ingest(@PathVariable String channel, @RequestBody String body) {
        Channel target = channel(channel);
        // Refused at once (503, Retry-After) while either is known to be down, not after waiting on it.
        availability.require(Availability.BROKER, Availability.DATABASE);
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No record in the request");
        }
        ExtranetIntake.Intake taken = intake.take(target, root);
        sender.sendAll(taken.result().outgoing());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Receipt(taken.accepted(), taken.rejected()));
    }

    private Channel channel(String id) {
        try {
            return channels.get(id);
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }
}
