package org.egovhub.extranet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.egovhub.extranet.channel.ChannelState;
import org.egovhub.extranet.channel.Mode;
import org.egovhub.extranet.journal.JournalEntry;
import org.egovhub.extranet.journal.OverdueRecord;
import org.egovhub.platform.queues.ReplayResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The extranet migration as administrators see and steer it: {@code /api/extranet/**}, thin calls of {@link ExtranetService}. */
@RestController
@RequestMapping("/api/extranet")
class ExtranetController {

    /** Body of a mode switch: {@code {"mode": "dual"}}, in any case. */
    record ModeRequest(@NotNull Mode mode) {
    }

    private final ExtranetService extranet;

    ExtranetController(ExtranetService extranet) {
        this.extranet = extranet;
    }

    @GetMapping("/channels")
    List<ChannelStatus.View> list() {
        return extranet.channels();
    }

    @GetMapping("/messages")
    List<JournalEntry> messages(@RequestParam(required = false) String channel, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return extranet.messages(channel, status, page, size);
    }

    /** 双公示 records past their working-day limit and not delivered, oldest decision first. */
    @GetMapping("/overdue")
    List<OverdueRecord> overdue(@RequestParam(defaultValue = "200") @Min(1) @Max(1000) int limit) {
        return extranet.overdue(limit);
    }

    @PostMapping("/channels/{id}/mode")
    ChannelState mode(@PathVariable String id, @Valid @RequestBody ModeRequest request, Principal who) {
        return extranet.switchMode(id, request.mode(), who.getName());
    }

    @PostMapping("/channels/{id}/pause")
    ChannelState pause(@PathVariable String id, Principal who) {
        return extranet.pause(id, who.getName());
    }

    @PostMapping("/channels/{id}/resume")
    ChannelState resume(@PathVariable String id, Principal who) {
        return extranet.resume(id, who.getName());
    }

    /**
     * Moves dead letters back to the queue they failed on: those of one path ({@code ?path=legacy},
     * {@code extranet}, or {@code inbound} for refused records) or, without a path, all three.
     */
    @PostMapping("/dlq/{channel}/replay")
    Map<String, ReplayResult> replay(@PathVariable String channel, @RequestParam(required = false) String path, Principal who) {
        return extranet.replayDeadLetters(channel, path, who.getName());
    }
}
