package org.egovhub.extranet.record;

import java.time.LocalDate;
import java.util.List;

/**
 * One record after its checks.
 *
 * @param kind the record kind
 * @param json the record exactly as received, delivered unchanged to the targets
 * @param stableId the idempotency key towards every target; {@code null} when rejected
 * @param decisionDate the 双公示 decision date; {@code null} for person records or when rejected
 * @param violations why it is refused; empty when it may go on
 * @param warnings what deserves a look without stopping the record
 */
public record CheckedRecord(RecordKind kind, String json, String stableId, LocalDate decisionDate,
        List<Violation> violations, List<String> warnings) {

    /** Whether the record may be delivered. */
    public boolean accepted() {
        return violations.isEmpty();
    }
}
