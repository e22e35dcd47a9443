package org.egovhub.repost.review;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.egovhub.platform.privacy.Masking;
import org.egovhub.repost.ledger.LedgerEntry;

/**
 * One ledger row as the console lists it, with its lag: from the upstream's publish time to the
 * repost (or to now, while it is not reposted).
 *
 * @param lag null when the upstream gave no publish time
 * @param late the lag is over the SLA
 */
public record RecentItem(String id, int version, String sourceId, String title, String status, String reason,
        OffsetDateTime publishedAt, OffsetDateTime repostedAt, Duration lag, boolean late) {

    /** The row at {@code now}, titles and reasons masked. */
    public static RecentItem of(LedgerEntry e, OffsetDateTime now, Duration sla) {
        Duration lag = e.publishedAt() == null ? null : Duration.between(e.publishedAt(), e.repostedAt() != null ? e.repostedAt() : now);
        return new RecentItem(e.id(), e.version(), e.sourceId(), Masking.mask(e.title()), e.status(), Masking.mask(e.reason()),
                e.publishedAt(), e.repostedAt(), lag, lag != null && lag.compareTo(sla) > 0);
    }

    /** The lag in words: "3 天 4 小时", "2 小时 5 分", "7 分", or "—" without a publish time. */
    public String lagText() {
        if (lag == null) {
            return "—";
        }
        Duration d = lag.isNegative() ? Duration.ZERO : lag;
        if (d.toDays() > 0) {
            return d.toDays() + " 天 " + d.toHoursPart() + " 小时";
        }
        return d.toHours() > 0 ? d.toHours() + " 小时 " + d.toMinutesPart() + " 分" : d.toMinutes() + " 分";
    }
}
