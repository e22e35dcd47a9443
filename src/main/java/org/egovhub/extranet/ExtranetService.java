package org.egovhub.extranet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.camel.CamelContext;
import org.egovhub.extranet.channel.Channel;
import org.egovhub.extranet.channel.ChannelState;
import org.egovhub.extranet.channel.Channels;
import org.egovhub.extranet.channel.Mode;
import org.egovhub.extranet.channel.Path;
import org.egovhub.extranet.flow.ChannelRoutes;
import org.egovhub.extranet.journal.Journal;
import org.egovhub.extranet.journal.JournalEntry;
import org.egovhub.extranet.journal.OverdueRecord;
import org.egovhub.platform.DeadLetterHeaders;
import org.egovhub.platform.NotFoundException;
import org.egovhub.platform.audit.Audit;
import org.egovhub.platform.queues.QueueService;
import org.egovhub.platform.queues.ReplayResult;
import org.springframework.stereotype.Service;

/**
 * What an administrator can do with the extranet channels, for the REST API and the console: see
 * them and their journal, switch a channel's mode, pause and resume it, replay its dead letters.
 * Every change is audited here, once.
 */
@Service
public class ExtranetService {

    /** The dead letters of a channel's inbound stage, as {@link #replayDeadLetters} names them. */
    public static final String INBOUND = "inbound";

    private final Channels channels;
    private final ChannelStatus status;
    private final Journal journal;
    private final CamelContext camel;
    private final QueueService queues;
    private final Audit audit;

    ExtranetService(Channels channels, ChannelStatus status, Journal journal, CamelContext camel, QueueService queues, Audit audit) {
        this.channels = channels;
        this.status = status;
        this.journal = journal;
        this.camel = camel;
        this.queues = queues;
        this.audit = audit;
    }

    /** Every channel with its mode, counts, backlog and readiness, in file order. */
    public List<ChannelStatus.View> channels() {
        return status.all();
    }

    /** 双公示 records past their working-day limit and not delivered, oldest decision first, at most {@code limit}. */
    public List<OverdueRecord> overdue(int limit) {
        return journal.overdue(limit);
    }

    /**
     * One page of the journal, newest first.
     *
     * @param channel a channel id, or null for all
     * @param journalStatus PENDING, DELIVERED, FAILED or REJECTED in any case, or null for all
     */
    public List<JournalEntry> messages(String channel, String journalStatus, int page, int size) {
        if (channel != null) {
            channel(channel);
        }
        return journal.page(channel, journalStatus == null ? null : journalStatus.toUpperCase(java.util.Locale.ROOT), page, size);
    }

    /** Switches a channel's mode at once; the next record takes the new paths. */
    public ChannelState switchMode(String channel, Mode mode, String actor) {
        channel(channel);
        Mode from = channels.state(channel).mode();
        ChannelState state = channels.switchMode(channel, mode, actor);
        audit.record(actor, "extranet.mode", channel, Audit.detail("from", from.name(), "to", mode.name()));
        return state;
    }

    /** Stops the channel's consumers; records wait on its queues until {@link #resume}. */
    public ChannelState pause(String channel, String actor) {
        channel(channel);
        boolean before = channels.state(channel).paused();
        try {
            ChannelRoutes.stop(camel, channel);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the routes of channel " + channel + ": " + e.getMessage(), e);
        }
        ChannelState state = channels.setPaused(channel, true, actor);
        audit.record(actor, "extranet.pause", channel, Audit.detail("from", paused(before), "to", paused(true)));
        return state;
    }

    /** Starts the channel's consumers again. */
    public ChannelState resume(String channel, String actor) {
        channel(channel);
        boolean before = channels.state(channel).paused();
        ChannelState state = channels.setPaused(channel, false, actor);
        try {
            ChannelRoutes.start(camel, channel);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the routes of channel " + channel + ": " + e.getMessage(), e);
        }
        audit.record(actor, "extranet.resume", channel, Audit.detail("from", paused(before), "to", paused(false)));
        return state;
    }

    /**
     * Replays a channel's dead letters through the platform's one replay: those of one stage
     * ({@code inbound}, {@code legacy} or {@code extranet}) or, with {@code stage} null, all three.
     * Refused records stay (a replay would refuse them again) and are counted.
     *
     * @return per stage, what the replay did
     */
    public Map<String, ReplayResult> replayDeadLetters(String channel, String stage, String actor) {
        Channel found = channel(channel);
        Map<String, String> deadLetterQueues = new LinkedHashMap<>();
        deadLetterQueues.put(INBOUND, found.deadLetterQueue());
        for (Path path : Path.values()) {
            deadLetterQueues.put(path.id(), DeadLetterHeaders.deadLetterQueue(found.pathQueue(path)));
        }
        if (stage != null && !deadLetterQueues.containsKey(stage)) {
            throw new IllegalArgumentException("path must be one of " + String.join(", ", deadLetterQueues.keySet()));
        }
        Map<String, ReplayResult> results = new LinkedHashMap<>();
        deadLetterQueues.forEach((which, queue) -> {
            if (stage == null || stage.equals(which)) {
                results.put(which, queues.exists(queue) ? queues.replayAll(queue, actor) : new ReplayResult(queue, 0, 0));
            }
        });
        return results;
    }

    private static String paused(boolean paused) {
        return paused ? "PAUSED" : "RUNNING";
    }

    private Channel channel(String id) {
        try {
            return channels.get(id);
        } catch (NoSuchElementException e) {
            throw new NotFoundException(e.getMessage());
        }
    }
}
