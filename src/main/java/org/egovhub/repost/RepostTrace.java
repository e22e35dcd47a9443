package org.egovhub.repost;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.egovhub.platform.DeadLetterHeaders;
import org.egovhub.platform.privacy.Masking;
import org.egovhub.platform.trace.QueueProbe;
import org.egovhub.platform.trace.Trace;
import org.egovhub.platform.trace.TraceContributor;
import org.egovhub.platform.trace.TraceStep;
import org.egovhub.platform.trace.TracedRecord;
import org.egovhub.repost.ledger.LedgerEntry;
import org.egovhub.repost.ledger.RepostQueries;
import org.springframework.stereotype.Component;

/**
 * Reposting's part of a record trace: the ledger rows of an item by id, URL or title (fetched,
 * reviewed, reposted), and the repost queues where it may wait (by its URL and id in their content).
 */
@Component
class RepostTrace implements TraceContributor {

    static final String CAPABILITY = "信息转载";
    private static final int MAX_ITEMS = 20;
    private static final List<String> QUEUES = List.of(RepostQueues.FETCHED, RepostQueues.EXTRACTED, RepostQueues.PUBLISH);

    private final RepostQueries queries;

    RepostTrace(RepostQueries queries) {
        this.queries = queries;
    }

    @Override
    public Trace trace(String query) {
        List<LedgerEntry> items = queries.find(query, MAX_ITEMS);
        Set<String> needles = new LinkedHashSet<>(List.of(query));
        items.forEach(item -> {
            needles.add(item.url());
            needles.add(item.id());
        });
        List<QueueProbe> probes = new ArrayList<>();
        for (String queue : QUEUES) {
            probes.add(QueueProbe.of(queue, List.copyOf(needles)));
            probes.add(QueueProbe.of(DeadLetterHeaders.deadLetterQueue(queue), List.copyOf(needles)));
        }
        return new Trace(CAPABILITY, List.of("转载台账（编号、网址、标题；无完全相同的标题时按标题包含）"),
                items.stream().map(RepostTrace::record).toList(), probes);
    }

    private static TracedRecord record(LedgerEntry item) {
        List<TraceStep> steps = new ArrayList<>();
        String where = CAPABILITY + " · 来源 " + item.sourceId();
        if (item.publishedAt() != null) {
            steps.add(new TraceStep(item.publishedAt(), where, "上级网站发布", item.url()));
        }
        steps.add(new TraceStep(item.fetchedAt(), where, "抓取", "第 " + item.version() + " 版"));
        if (item.reviewedAt() != null) {
            steps.add(new TraceStep(item.reviewedAt(), CAPABILITY + " · 保密审查", "REJECTED".equals(item.status()) ? "驳回" : "通过",
                    Masking.mask(item.reviewedBy() + (item.reason() == null ? "" : "：" + item.reason()))));
        }
        if (item.repostedAt() != null) {
            steps.add(new TraceStep(item.repostedAt(), CAPABILITY + " · 发布", "已转载到区县网站", item.column()));
        }
        steps.sort(java.util.Comparator.comparing(TraceStep::at, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return new TracedRecord(CAPABILITY, "转载稿件", item.id(), item.title() == null ? item.url() : item.title(),
                status(item), steps);
    }

    private static String status(LedgerEntry item) {
        String status = switch (item.status()) {
            case "PUBLISHED" -> "已转载";
            case "QUEUED" -> "已通过，等待发布（" + RepostQueues.PUBLISH + "）";
            case "HELD" -> "等待保密审查";
            case "REJECTED" -> "审查驳回";
            case "QUARANTINED" -> "已隔离";
            case "FAILED" -> "失败";
            default -> item.status();
        };
        return item.reason() == null || "PUBLISHED".equals(item.status()) ? status : status + "：" + Masking.mask(item.reason());
    }
}
