package org.egovhub.repost.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;

/**
 * One upstream column the office reposts from, as written in {@code config/sources.yml}.
 *
 * @param id stable kebab-case id, used in route ids, metrics and the ledger
 * @param level portal level the item counts under in the yearly table
 * @param kind how the column is read
 * @param pollInterval how often the column is polled
 * @param silentAfter a source with no new item for this long raises an alert (likely redesign)
 * @param itemSelector CSS selector of the item links on a list page (default: any dated link)
 * @param titleSelector CSS selector of the title on detail pages (after the page metadata)
 * @param bodySelector CSS selector of the main text on detail pages
 * @param dateSelector CSS selector of the publish date on detail pages
 * @param reviewRequired every item of this source waits for the confidentiality review
 * @param column the district column items are reposted to
 */
public record Source(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}") String id,
        @NotBlank String name,
        @NotNull Level level,
        @NotBlank String category,
        @NotNull Kind kind,
        @NotBlank @Pattern(regexp = "https?://.+") String url,
        @NotNull Duration pollInterval,
        Duration silentAfter,
        String itemSelector,
        String titleSelector,
        String bodySelector,
        String dateSelector,
        boolean reviewRequired,
        @NotBlank String column) {

    /** Portal level of a source. */
    public enum Level { CENTRAL, PROVINCIAL, OTHER }

    /** How a source's item list is read. */
    public enum Kind { RSS, ATOM, LIST_PAGE }
}
