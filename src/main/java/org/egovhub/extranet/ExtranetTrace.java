package org.egovhub.extranet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.egovhub.extranet.channel.Channel;
import org.egovhub.extranet.channel.Channels;
import org.egovhub.extranet.channel.Path;
import org.egovhub.extranet.journal.Journal;
import org.egovhub.extranet.journal.JournalEntry;
import org.egovhub.platform.DeadLetterHeaders;
import org.egovhub.platform.trace.QueueProbe;
import org.egovhub.platform.trace.Trace;
import org.egovhub.platform.trace.TraceContributor;
import org.egovhub.platform.trace.TraceStep;
import org.egovhub.platform.trace.TracedRecord;
import org.springframework.stereotype.Component;

/**
 * The extranet channels' part of a record trace: the journal rows of a stable id or a 双公示
 * decision number (行政许可决定文书号, 行政处罚决定书文号), one record per channel and stable id with
 * a step per path, and the channel queues where the record may wait (by {@code HubStableId}, and
 * by content for batches and records not journaled yet).
 */
@Component
class ExtranetTrace implements TraceContributor {

    static final String CAPABILITY = "外网通道";
    private static final int MAX_ROWS = 60;

    private final Journal journal;
    private final Channels channels;

    ExtranetTrace(Journal journal, Channels channels) {
        this.journal = journal;
        this.channels = channels;
    }

    @Override
    public Trace trace(String query) {
        List<JournalEntry> rows = journal.find(query, MAX_ROWS);
        Map<String, List<JournalEntry>> byRecord = new LinkedHashMap<>();
        rows.forEach(row -> byRecord.computeIfAbsent(row.channel() + "\u0000" + row.stableId(), k -> new ArrayList<>()).add(row));
        List<TracedRecord> records = byRecord.values().stream().map(this::record).toList();

        Set<String> channelIds = new LinkedHashSet<>(rows.stream().map(JournalEntry::channel).toList());
        List<Channel> where = channelIds.isEmpty() ? channels.list()
                : channels.list().stream().filter(c -> channelIds.contains(c.id())).toList();
        List<String> stableIds = rows.stream().map(JournalEntry::stableId).distinct().toList();
        Set<String> needles = new LinkedHashSet<>(List.of(query));
        int colon = query.indexOf(':');
        if (colon > 0 && colon < query.length() - 1) {
            needles.add(query.substring(colon + 1));
        }
        List<QueueProbe> probes = new ArrayList<>();
        for (Channel channel : where) {
            probes.add(QueueProbe.of(channel.inboundQueue(), List.copyOf(needles)));
            probes.add(QueueProbe.of(channel.deadLetterQueue(), List.copyOf(needles)));
            for (Path path : Path.values()) {
                for (String queue : List.of(channel.pathQueue(path), DeadLetterHeaders.deadLetterQueue(channel.pathQueue(path)))) {
                    probes.add(QueueProbe.of(queue, ExtranetHeaders.STABLE_ID, stableIds, List.copyOf(needles)));
                }
            }
        }
        return new Trace(CAPABILITY, List.of("投递日志（稳定标识、行政许可决定文书号、行政处罚决定书文号）"), records, probes);
    }

    private TracedRecord record(List<JournalEntry> rows) {
        JournalEntry first = rows.get(0);
        String system;
        try {
            system = channels.get(first.channel()).businessSystem();
        } catch (java.util.NoSuchElementException e) {
            system = "已不在通道配置中";
        }
        List<TraceStep> steps = new ArrayList<>();
        List<String> status = new ArrayList<>();
        for (JournalEntry row : rows) {
            String where = CAPABILITY + " " + row.channel() + " · " + path(row.path());
            steps.add(new TraceStep(row.receivedAt(), where, "inbound".equals(row.path()) ? "接收时被拒收" : "进入投递路径", null));
            String outcome = outcome(row);
            if (row.deliveredAt() != null) {
                steps.add(new TraceStep(row.deliveredAt(), where, outcome, detail(row)));
            } else if (!"PENDING".equals(row.status()) || row.attempts() > 0) {
                steps.add(new TraceStep(row.updatedAt(), where, outcome, detail(row)));
            }
            status.add(path(row.path()) + "：" + outcome + (row.overdue() ? "（超过公示期限）" : ""));
        }
        return new TracedRecord(CAPABILITY, kind(first.recordKind()), first.stableId(), "通道 " + first.channel() + "（" + system + "）",
                String.join("；", status), steps);
    }

    private static String detail(JournalEntry row) {
        List<String> parts = new ArrayList<>();
        parts.add("尝试 " + row.attempts() + " 次");
        if (row.responseCode() != null) {
            parts.add("目标应答 " + row.responseCode());
        }
        if (row.lastError() != null) {
            parts.add(row.lastError());
        }
        return String.join("，", parts);
    }

    private static String outcome(JournalEntry row) {
        return switch (row.status()) {
            case "DELIVERED" -> "已投递";
            case "FAILED" -> "投递失败（死信）";
            case "REJECTED" -> "已拒收";
            default -> row.attempts() > 0 ? "等待重试" : "等待投递";
        };
    }

    private static String path(String path) {
        return switch (path) {
            case "legacy" -> "原有线路";
            case "extranet" -> "电子政务外网";
            case "inbound" -> "接收校验";
            default -> path;
        };
    }

    private static String kind(String recordKind) {
        return switch (recordKind) {
            case "LICENCE" -> "双公示行政许可";
            case "PENALTY" -> "双公示行政处罚";
            default -> "民政业务记录";
        };
    }
}
