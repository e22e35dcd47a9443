package org.egovhub.reconcile.alerting;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One recorded alert send.
 *
 * @param department a department's code, or {@code *} for the district summary
 * @param kind {@code department} or {@code summary}
 * @param resendNo 0 for the quarterly send, 1, 2, ... for explicit resends
 */
public record AlertSend(String quarter, String department, String kind, int resendNo, List<String> recipients, String subject,
        String claimedBy, OffsetDateTime claimedAt, OffsetDateTime queuedAt) {
}
