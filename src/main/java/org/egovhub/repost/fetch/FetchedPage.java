package org.egovhub.repost.fetch;

import java.time.OffsetDateTime;

/**
 * A detail page as downloaded, travelling on {@code repost.fetched}.
 *
 * @param listTitle the title the list or feed gave the item, if any
 * @param listDate the date the list or feed gave the item, if any
 * @param feedBody the item's body when it came from a feed entry instead of a page
 */
public record FetchedPage(String sourceId, String url, byte[] body, String contentType,
        String listTitle, OffsetDateTime listDate, String feedBody, OffsetDateTime fetchedAt) {
}
