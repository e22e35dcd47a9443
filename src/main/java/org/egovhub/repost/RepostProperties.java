package org.egovhub.repost;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.egovhub.repost.source.SourcesFile;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Upstream reposting, under {@code hub.repost.}.
 *
 * @param sourcesFile the YAML file listing the upstream sources, relative to the working directory;
 *     read at start by the platform ({@link SourcesFile}): when it is not set and nothing is at the
 *     default path, the built-in default is used
 * @param maxPageSize pages larger than this are quarantined, not parsed
 * @param recheckAge detail pages of items younger than this are fetched again to notice edits
 * @param sla an item reposted later than this after its upstream publish time is an SLA breach
 * @param reviewMarkers words that send an item to the confidentiality review
 * @param dropDirectory where the directory publisher writes one JSON file per item version
 * @param userAgent the User-Agent header sent upstream
 * @param connectTimeout TCP connect timeout for upstream requests
 * @param readTimeout time allowed for a whole upstream response
 * @param hostDelay minimum pause between two requests to the same host (politeness)
 * @param failureAlertAfter consecutive failed polls of one source before administrators are alerted
 * @param maxBackoff longest wait between polls of a failing source
 * @param startDelay wait after start before the first poll of each source
 * @param maxRedeliveries attempts after the first before a message goes to its .dlq
 * @param redeliveryDelay wait before the first retry; it doubles on each further retry
 * @param feedSize how many of the latest reposted items the Atom feed lists
 * @param columns publishers per district column ({@code drop}, {@code feed}, {@code cms}); a
 *     column not listed uses {@code drop} and {@code feed}
 * @param cms the CMS import endpoint for the {@code cms} publisher
 */
@Validated
@ConfigurationProperties(prefix = "hub.repost", ignoreUnknownFields = false)
public record RepostProperties(
        @NotNull @DefaultValue(SourcesFile.DEFAULT_PATH) Path sourcesFile,
        @NotNull @DefaultValue("2MB") DataSize maxPageSize,
        @NotNull @DefaultValue("7d") Duration recheckAge,
        @NotNull @DefaultValue("24h") Duration sla,
        @DefaultValue({"秘密", "机密", "绝密", "内部资料", "不予公开", "征求意见稿"}) List<@NotBlank String> reviewMarkers,
        @NotNull Path dropDirectory,
        @NotBlank @DefaultValue("egov-hub-repost/0.1 (district e-government office)") String userAgent,
        @NotNull @DefaultValue("10s") Duration connectTimeout,
        @NotNull @DefaultValue("30s") Duration readTimeout,
        @NotNull @DefaultValue("2s") Duration hostDelay,
        @Min(1) @DefaultValue("5") int failureAlertAfter,
        @NotNull @DefaultValue("6h") Duration maxBackoff,
        @NotNull @DefaultValue("30s") Duration startDelay,
        @Min(0) @DefaultValue("3") int maxRedeliveries,
        @NotNull @DefaultValue("1s") Duration redeliveryDelay,
        @Min(1) @DefaultValue("50") int feedSize,
        List<@Valid ColumnPublishers> columns,
        @Valid @DefaultValue Cms cms) {

    /** Where a district column's items go. */
    public enum Publisher { DROP, FEED, CMS }

    /**
     * The CMS import endpoint: each item version is POSTed as JSON with an {@code Idempotency-Key}.
     *
     * @param url the import URL; empty when no CMS is connected
     * @param authHeader the value of the Authorization header, e.g. {@code Bearer ...}; never logged
     */
    public record Cms(@DefaultValue("") String url, @DefaultValue("") String authHeader) {

        @Override
        public String toString() {
            return "Cms[url=" + url + ", authHeader=" + (authHeader.isEmpty() ? "" : "***") + "]";
        }
    }

    /** The publishers chosen for one district column. */
    public record ColumnPublishers(@NotBlank String column, List<Publisher> publishers) {
    }

    /** The publishers of a district column. */
    public List<Publisher> publishersOf(String column) {
        return (columns == null ? List.<ColumnPublishers>of() : columns).stream().filter(c -> c.column().equals(column))
                .map(ColumnPublishers::publishers).filter(p -> p != null && !p.isEmpty()).findFirst()
                .orElse(List.of(Publisher.DROP, Publisher.FEED));
    }
}
