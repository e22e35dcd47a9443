package org.egovhub.repost.publish;

import org.egovhub.repost.ledger.LedgerEntry;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The JSON a publisher hands to the district site (directory drop file, CMS import); documented in docs/repost.md.
 *
 * @param idempotencyKey {@code id:version}; a CMS must ignore a key it has already imported
 */
public record PublishedItem(String id, int version, String idempotencyKey, String column, String title, String url,
        String source, String level, String category, OffsetDateTime publishedAt, String dateOrigin,
        String body, List<String> attachments, OffsetDateTime repostedAt) {

    static PublishedItem of(LedgerEntry e, OffsetDateTime repostedAt) {
        return new PublishedItem(e.id(), e.version(), e.id() + ":" + e.version(), e.column(), e.title(), e.url(),
                e.contentSource(), e.level(), e.category(), e.publishedAt(), e.dateOrigin(), e.body(), e.attachments(), repostedAt);
    }
}
