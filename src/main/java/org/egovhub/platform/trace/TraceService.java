package org.egovhub.platform.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.egovhub.platform.BrokerUnavailableException;
import org.egovhub.platform.queues.QueueMessage;
import org.egovhub.platform.queues.QueueSearch;
import org.egovhub.platform.queues.QueueService;
import org.springframework.stereotype.Service;

/**
 * Traces one record through the hub: every capability's {@link TraceContributor} answers from its
 * own tables, then the queues they name are searched through the platform's {@link QueueService}
 * within a bounded budget: by header as the broker filters (any depth), by content reading at most
 * {@value #READ_PER_QUEUE} messages a queue and {@value #READ_IN_ALL} in all. The answer says what
 * was searched and how far.
 */
@Service
public class TraceService {

    /** Most messages read by content on one queue. */
    public static final int READ_PER_QUEUE = 2000;
    /** Most messages read by content in one trace. */
    public static final int READ_IN_ALL = 20_000;
    private static final int FOUND_PER_QUEUE = 20;
    private static final int MAX_QUERY = 300;

    private final List<TraceContributor> contributors;
    private final QueueService queues;

    TraceService(List<TraceContributor> contributors, QueueService queues) {
        this.contributors = contributors;
        this.queues = queues;
    }

    /**
     * Where the record {@code query} names is and has been.
     *
     * @throws IllegalArgumentException for an empty or overlong query
     */
    public TraceResult trace(String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            throw new IllegalArgumentException("q must name a record: a stable id, a repost item's URL or title, or a business key"
                    + " (行政许可决定文书号, 办件编号)");
        }
        if (q.length() > MAX_QUERY) {
            throw new IllegalArgumentException("q must be at most " + MAX_QUERY + " characters");
        }
        List<TracedRecord> records = new ArrayList<>();
        List<String> searched = new ArrayList<>();
        List<QueueProbe> probes = new ArrayList<>();
        for (TraceContributor contributor : contributors) {
            Trace trace = contributor.trace(q);
            records.addAll(trace.records());
            trace.searched().forEach(s -> searched.add(trace.capability() + "：" + s));
            probes.addAll(trace.probes());
        }
        List<TraceResult.Sighting> waiting = new ArrayList<>();
        List<TraceResult.QueueSearched> looked = new ArrayList<>();
        try {
            searchQueues(merge(probes), waiting, looked);
        } catch (BrokerUnavailableException e) {
            return new TraceResult(q, records, waiting, searched, looked, e.getMessage());
        }
        return new TraceResult(q, records, waiting, searched, looked, null);
    }

    private void searchQueues(List<QueueProbe> probes, List<TraceResult.Sighting> waiting, List<TraceResult.QueueSearched> looked) {
        Set<String> present = Set.copyOf(queues.existing(probes.stream().map(QueueProbe::queue).toList()));
        long budget = READ_IN_ALL;
        for (QueueProbe probe : probes) {
            if (!present.contains(probe.queue())) {
                continue;
            }
            Set<String> seen = new LinkedHashSet<>();
            if (probe.header() != null && !probe.values().isEmpty()) {
                QueueSearch byHeader = queues.search(probe.queue(), selector(probe.header(), probe.values()), List.of(), Long.MAX_VALUE,
                        FOUND_PER_QUEUE);
                looked.add(new TraceResult.QueueSearched(probe.queue(), "header " + probe.header(), byHeader.read(), true,
                        byHeader.found().size()));
                byHeader.found().forEach(m -> sighted(probe.queue(), m, seen, waiting));
            }
            if (!probe.needles().isEmpty()) {
                long limit = Math.min(READ_PER_QUEUE, budget);
                QueueSearch byContent = queues.search(probe.queue(), null, probe.needles(), limit, FOUND_PER_QUEUE);
                budget -= byContent.read();
                looked.add(new TraceResult.QueueSearched(probe.queue(), "content", byContent.read(), byContent.complete(),
                        byContent.found().size()));
                byContent.found().forEach(m -> sighted(probe.queue(), m, seen, waiting));
            }
        }
    }

    private static void sighted(String queue, QueueMessage message, Set<String> seen, List<TraceResult.Sighting> waiting) {
        if (seen.add(message.id())) {
            var dead = message.deadLetter();
            waiting.add(new TraceResult.Sighting(queue, message.id(), message.sentAt(), dead == null ? null : dead.kind(),
                    dead == null ? null : dead.cause()));
        }
    }

    /** One probe per queue and header, values and needles joined, in the order first named. */
    static List<QueueProbe> merge(List<QueueProbe> probes) {
        Map<String, QueueProbe> merged = new LinkedHashMap<>();
        for (QueueProbe probe : probes) {
            merged.merge(probe.queue() + "\u0000" + probe.header(), probe, (a, b) -> new QueueProbe(a.queue(), a.header(),
                    union(a.values(), b.values()), union(a.needles(), b.needles())));
        }
        return List.copyOf(merged.values());
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** {@code HubStableId IN ('a', 'b')}, quotes doubled as JMS selectors write them. */
    static String selector(String header, List<String> values) {
        if (!header.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("Not a header name: " + header);
        }
        return header + " IN (" + values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", ")) + ")";
    }
}
