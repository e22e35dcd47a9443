package org.egovhub.extranet.flow;

/**
 * A checked record on its way along one delivery path.
 *
 * @param stableId the idempotency key towards every target
 * @param kind the record kind's name
 * @param decisionDate the 双公示 decision date (ISO), or {@code null}
 * @param warnings what the checks noticed without refusing the record (masked), or {@code null}
 * @param json the record as received, delivered unchanged
 * @param attempts delivery attempts already made on this path
 * @param firstFailureAt when the first attempt failed (ISO), or {@code null}
 * @param probes of those attempts, the failed ones made as the probe of a target taken to be down:
 *     they count as calls, not against the attempt limit
 */
public record PathRecord(String stableId, String kind, String decisionDate, String warnings, String json, int attempts,
        String firstFailureAt, int probes) implements org.egovhub.extranet.journal.Journal.Entering {

    /** The same record after one more failed attempt. */
    PathRecord failedAgain(String now) {
        return afterFailure(now, 0);
    }

    /** The same record after a failed probe of its target: one more call, none more against the limit. */
    PathRecord probedAgain(String now) {
        return afterFailure(now, 1);
    }

    private PathRecord afterFailure(String now, int probe) {
        return new PathRecord(stableId, kind, decisionDate, warnings, json, attempts + 1, firstFailureAt == null ? now : firstFailureAt,
                probes + probe);
    }

    /** The failed attempts that count against the attempt limit. */
    int countedAttempts() {
        return attempts - probes;
    }
}
