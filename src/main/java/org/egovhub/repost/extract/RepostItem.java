package org.egovhub.repost.extract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One extracted upstream item, travelling on {@code repost.extracted}.
 *
 * @param upstreamId the site's stable id where it has one (gov.cn {@code manuscriptId})
 * @param dateOrigin where the publish time came from: metadata, selector, page, list, url or first-seen
 * @param lastModified the upstream's own last-modified stamp (gov.cn {@code lastmodifiedtime}), if any
 * @param body sanitized HTML: no script, style, event handler, iframe, object or javascript: URL
 * @param fingerprint hash of the normalized title and text, equal for the same item under two URLs
 */
public record RepostItem(
        @NotBlank String sourceId,
        @NotBlank @Size(max = 1000) @Pattern(regexp = "https?://.+") String url,
        @Size(max = 128) String upstreamId,
        @NotBlank @Size(max = 500) String title,
        @NotNull OffsetDateTime publishedAt,
        @NotBlank String dateOrigin,
        @Size(max = 64) String lastModified,
        @NotBlank @Size(max = 200) String contentSource,
        @Size(max = 200) String upstreamColumn,
        @Size(max = 2_000_000) String body,
        List<String> attachments,
        @NotBlank String fingerprint,
        OffsetDateTime fetchedAt) {

    public RepostItem {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
