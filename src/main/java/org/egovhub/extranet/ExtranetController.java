package org.egovhub.extranet;

import org.egovhub.extranet.flow.ChannelRoutes;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.camel.CamelContext;
import org.egovhub.extranet.channel.Channel;
import org.egovhub.extranet.channel.ChannelState;
import org.egovhub.extranet.channel.Channels;
import org.egovhub.extranet.channel.Mode;
import org.egovhub.extranet.channel.Path;
import org.egovhub.extranet.journal.Journal;
import org.egovhub.extranet.journal.JournalEntry;
import org.egovhub.platform.BrokerQueues;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The extranet migration as administrators see and steer it: {@code /api/extranet/**}. */
@RestController
@RequestMapping("/api/extranet")
class ExtranetController {

    /** Body of a mode switch. */
    record ModeRequest(String mode) {
    }

    private final Channels channels;
    private final ChannelStatus status;
    private final Journal journal;
    private final CamelContext camel;
    private final BrokerQueues queues;

    ExtranetController(Channels channels, ChannelStatus status, Journal journal, CamelContext camel, BrokerQueues queues) {
        this.channels = channels;
        this.status = status;
        this.journal = journal;
        this.camel = camel;
        this.queues = queues;
    }

    @GetMapping("/channels")
    List<ChannelStatus.View> list() {
        return status.all();
    }

    @GetMapping("/messages")
    List<JournalEntry> messages(@RequestParam(required = false) String channel, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be >= 0 and size 1..500");
        }
        return journal.page(channel, status == null ? null : status.toUpperCase(java.util.Locale.ROOT), page, size);
    }

    @PostMapping("/channels/{id}/mode")
    @PreAuthorize("hasRole('ADMIN')")
    ChannelState mode(@PathVariable String id, @RequestBody ModeRequest request, Authentication user) {
        channel(id);
        Mode mode;
        try {
            mode = Mode.parse(String.valueOf(request.mode()));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "mode must be legacy, dual or extranet");
        }
        return channels.switchMode(id, mode, user.getName());
    }

    @PostMapping("/channels/{id}/pause")
    @PreAuthorize("hasRole('ADMIN')")
    ChannelState pause(@PathVariable String id, Authentication user) throws Exception {
        channel(id);
        ChannelRoutes.stop(camel, id);
        return channels.setPaused(id, true, user.getName());
    }

    @PostMapping("/channels/{id}/resume")
    @PreAuthorize("hasRole('ADMIN')")
    ChannelState resume(@PathVariable String id, Authentication user) throws Exception {
        channel(id);
        ChannelState state = channels.setPaused(id, false, user.getName());
        ChannelRoutes.start(camel, id);
        return state;
    }

    /**
     * Moves dead letters back to the queue they failed on: those of one path ({@code ?path=legacy},
     * {@code extranet}, or {@code inbound} for refused records) or, without a path, all three.
     */
    @PostMapping("/dlq/{channel}/replay")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Integer> replay(@PathVariable("channel") String id, @RequestParam(required = false) String path) {
        Channel channel = channel(id);
        Map<String, Integer> moved = new java.util.LinkedHashMap<>();
        if (path == null || path.equals("inbound")) {
            moved.put("inbound", queues.replay(channel.deadLetterQueue(), channel.inboundQueue()));
        }
        for (Path which : Path.values()) {
            if (path == null || path.equals(which.id())) {
                moved.put(which.id(), queues.replay(channel.pathQueue(which) + ".dlq", channel.pathQueue(which)));
            }
        }
        if (moved.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "path must be inbound, legacy or extranet");
        }
        return moved;
    }

    private Channel channel(String id) {
        try {
            return channels.get(id);
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }
}
