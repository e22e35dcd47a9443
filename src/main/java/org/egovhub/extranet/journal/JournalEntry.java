package org.egovhub.extranet.journal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One record on one path, as the journal shows it: no payload, only its hash.
 *
 * @param channel the channel id
 * @param stableId the record's stable id (an HMAC for person records)
 * @param path legacy, extranet, or inbound for records refused before delivery
 * @param recordKind person, licence or penalty
 * @param status PENDING, DELIVERED, FAILED or REJECTED
 * @param attempts delivery attempts so far
 * @param receivedAt when the record entered the path
 * @param updatedAt last change
 * @param deliveredAt when the target acknowledged it
 * @param responseCode the target's answer (HTTP status), if any
 * @param lastError the last failure, masked
 * @param payloadSha256 SHA-256 of the record as received
 * @param decisionDate the 双公示 decision date
 * @param overdue a 双公示 record not delivered within the working-day limit of its decision
 */
public record JournalEntry(String channel, String stableId, String path, String recordKind, String status, int attempts,
        OffsetDateTime receivedAt, OffsetDateTime updatedAt, OffsetDateTime deliveredAt, Integer responseCode,
        String lastError, String payloadSha256, LocalDate decisionDate, boolean overdue) {
}
