package org.egovhub.repost.ledger;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One row of the repost ledger as the API shows it.
 *
 * @param status PUBLISHED, QUEUED (accepted, on its way to the publishers), HELD (waiting for
 *     review), REJECTED, FAILED or QUARANTINED
 */
public record LedgerEntry(String id, int version, String sourceId, String level, String category, String column,
        String upstreamId, String url, @JsonIgnore String fingerprint, String title, String contentSource,
        String upstreamColumn, @JsonIgnore String body, List<String> attachments, OffsetDateTime publishedAt,
        String dateOrigin, @JsonIgnore String lastModified, OffsetDateTime fetchedAt, OffsetDateTime reviewedAt,
        String reviewedBy, OffsetDateTime repostedAt, String status, String reason) {
}
