package org.egovhub.repost.review;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.egovhub.repost.fetch.SourceState;

/**
 * A source's polling state and whether it has been silent too long: no new item within its
 * {@code silent-after} (a likely redesign of the upstream site).
 */
public record SourceView(SourceState state, Duration silentAfter, boolean silent) {

    public static SourceView of(SourceState state, Duration silentAfter, OffsetDateTime now) {
        boolean silent = silentAfter != null && state.lastNewItemAt() != null && state.lastNewItemAt().plus(silentAfter).isBefore(now);
        return new SourceView(state, silentAfter, silent);
    }
}
