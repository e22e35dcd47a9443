package org.egovhub.extranet;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.egovhub.extranet.channel.Channel;
import org.egovhub.extranet.channel.ChannelState;
import org.egovhub.extranet.channel.Channels;
import org.egovhub.extranet.channel.Mode;
import org.egovhub.extranet.journal.DualRun;
import org.egovhub.extranet.journal.Journal;
import org.egovhub.extranet.record.RecordKind;
import org.egovhub.platform.BrokerQueues;
import org.egovhub.platform.BrokerUnavailableException;
import org.egovhub.platform.QueueInfo;
import org.springframework.stereotype.Component;

/** How far each channel's migration has come: mode, counts, backlog, last error and readiness for cutover. */
@Component
public class ChannelStatus {

    /**
     * One channel as the API shows it.
     *
     * @param deliveredLastHour records delivered on any path in the last hour (throughput)
     * @param errorRate failed and refused rows of all journal rows of the channel, 0 to 1
     * @param dualRun how the records that took both paths ended on each
     */
    public record View(String id, String businessSystem, String department, RecordKind recordKind, Mode mode, boolean paused,
            OffsetDateTime modeSince, String changedBy, OffsetDateTime changedAt, String legacyTarget, String extranetTarget,
            Map<String, Long> counts, Map<String, Long> backlog, String lastError, long overdue, Readiness readiness,
            long deliveredLastHour, double errorRate, DualRun dualRun) {

        /** Whole backlog of the channel's queues. */
        public long backlogTotal() {
            return backlog.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Whether the extranet path may take over: dual mode with no mismatch for the threshold. */
    /** Whether the channel may cut over: {@code reason} for API clients, {@code label} the same in Chinese for the console. */
    public record Readiness(boolean ready, String reason, String label, OffsetDateTime lastMismatch) {
    }

    private final Channels channels;
    private final Journal journal;
    private final BrokerQueues queues;
    private final Duration threshold;
    private final Clock clock;

    ChannelStatus(Channels channels, Journal journal, BrokerQueues queues, ExtranetProperties properties, Clock clock) {
        this.clock = clock;
        this.channels = channels;
        this.journal = journal;
        this.queues = queues;
        this.threshold = properties.readinessThreshold();
    }

    /** Every channel in file order; backlogs are empty while the broker cannot be asked. */
    public List<View> all() {
        List<QueueInfo> depths;
        try {
            depths = queues.list();
        } catch (BrokerUnavailableException e) {
            depths = List.of();
        }
        List<QueueInfo> known = depths;
        return channels.list().stream().map(c -> view(c, known)).toList();
    }

    private View view(Channel channel, List<QueueInfo> depths) {
        ChannelState state = channels.state(channel.id());
        Map<String, Long> backlog = new LinkedHashMap<>();
        String prefix = "extranet." + channel.id() + ".";
        for (QueueInfo queue : depths) {
            if (queue.name().startsWith(prefix)) {
                backlog.put(queue.name().substring(prefix.length()), queue.messages());
            }
        }
        Map<String, Long> counts = journal.counts(channel.id());
        return new View(channel.id(), channel.businessSystem(), channel.department(),
                channel.recordKind(), state.mode(),
                state.paused(), state.modeSince(), state.changedBy(), state.changedAt(), channel.legacy().describe(),
                channel.extranet().describe(), counts, backlog, journal.lastError(channel.id()),
                journal.overdueCount(channel.id()), readiness(channel.id(), state),
                journal.deliveredSince(channel.id(), OffsetDateTime.now(clock).minusHours(1)), errorRate(counts),
                journal.dualRun(channel.id()));
    }

    private static double errorRate(Map<String, Long> counts) {
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        long failed = counts.entrySet().stream().filter(e -> e.getKey().endsWith("/FAILED") || e.getKey().endsWith("/REJECTED"))
                .mapToLong(Map.Entry::getValue).sum();
        return all == 0 ? 0 : (double) failed / all;
    }

    private Readiness readiness(String id, ChannelState state) {
        OffsetDateTime mismatch = journal.lastMismatch(id);
        if (state.mode() == Mode.EXTRANET) {
            return new Readiness(true, "cut over", "已切换至外网", mismatch);
        }
        if (state.mode() != Mode.DUAL) {
            return new Readiness(false, "not in dual mode", "未处于双轨运行", mismatch);
        }
        OffsetDateTime from = mismatch != null && mismatch.isAfter(state.modeSince()) ? mismatch : state.modeSince();
        Duration clean = Duration.between(from, OffsetDateTime.now(clock));
        return clean.compareTo(threshold) >= 0
                ? new Readiness(true, "dual mode without mismatch for " + clean.toDays() + " days",
                        "双轨运行 " + clean.toDays() + " 天无差异", mismatch)
                : new Readiness(false, "dual mode without mismatch for " + clean.toHours() + " h of " + threshold.toHours() + " h",
                        "双轨运行 " + clean.toHours() + " 小时无差异（需 " + threshold.toHours() + " 小时）", mismatch);
    }
}
