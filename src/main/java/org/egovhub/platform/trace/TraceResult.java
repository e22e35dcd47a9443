package org.egovhub.platform.trace;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Where a record is and has been, as {@code GET /api/admin/trace?q=} answers it.
 *
 * @param query what was asked
 * @param records the records found in the capabilities' tables, with their steps
 * @param waiting the messages of the record on a queue now (a dead letter among them, with its reason)
 * @param searched what each capability looked up in its tables
 * @param queues what was looked at on each queue, and how far
 * @param queueError why the queues could not be searched (the broker away), or null
 */
public record TraceResult(String query, List<TracedRecord> records, List<Sighting> waiting, List<String> searched,
        List<QueueSearched> queues, String queueError) {

    /**
     * One message on a queue that belongs to the record.
     *
     * @param failureKind for a dead letter, {@code refused} or {@code failed}; else null
     * @param failureCause for a dead letter, its reason (masked); else null
     */
    public record Sighting(String queue, String messageId, OffsetDateTime sentAt, String failureKind, String failureCause) {
    }

    /**
     * How one queue was searched.
     *
     * @param by {@code header <name>} (the broker filtered by it, at any depth) or {@code content} (read in order)
     * @param read messages read
     * @param complete whether the whole queue was seen (a content search stops at its budget)
     * @param found messages that matched
     */
    public record QueueSearched(String queue, String by, long read, boolean complete, int found) {
    }
}
