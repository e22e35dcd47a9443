package org.egovhub.repost.fetch;

import org.egovhub.repost.source.Source;

import java.time.OffsetDateTime;

/**
 * What the hub knows of one source's polling, as {@code GET /api/repost/sources} shows it.
 *
 * @param consecutiveFailures failed polls since the last success; drives the backoff and the alert
 * @param nextPollAt a failing source is not polled before this time (exponential backoff)
 * @param lastNewItemAt the last time a poll found an item not seen before
 */
public record SourceState(String id, String name, String level, String category, String kind, String url,
        OffsetDateTime lastPollAt, OffsetDateTime lastSuccessAt, String lastError, int consecutiveFailures,
        OffsetDateTime nextPollAt, OffsetDateTime lastNewItemAt, long itemsFound) {

    static SourceState initial(Source s, OffsetDateTime now) {
        return new SourceState(s.id(), s.name(), s.level().name(), s.category(), s.kind().name(), s.url(),
                null, null, null, 0, null, now, 0);
    }

    SourceState succeeded(OffsetDateTime at, int newItems) {
        return new SourceState(id, name, level, category, kind, url, at, at, null, 0, null,
                newItems > 0 ? at : lastNewItemAt, itemsFound + newItems);
    }

    SourceState failed(OffsetDateTime at, String error, OffsetDateTime next) {
        return new SourceState(id, name, level, category, kind, url, at, lastSuccessAt, error, consecutiveFailures + 1, next,
                lastNewItemAt, itemsFound);
    }
}
