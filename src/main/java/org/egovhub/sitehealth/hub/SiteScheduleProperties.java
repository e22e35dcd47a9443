package org.egovhub.sitehealth.hub;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When the hub checks the site, under {@code hub.site.schedule.} (Quartz cron expressions, seconds
 * first, in the hub's zone). Nothing runs without {@code hub.site.file}.
 *
 * @param crawl the full crawl and check (default daily at 02:00)
 * @param probe the reachability probes of the homepage (default every hour at minute 7: 24 a day,
 *     spread over the day; the national rule asks at least 20)
 * @param probeWindow the probes the unreachable share is taken over (the national rule's week)
 */
@Validated
@ConfigurationProperties(prefix = "hub.site.schedule", ignoreUnknownFields = false)
public record SiteScheduleProperties(
        @NotBlank @DefaultValue("0 0 2 * * ?") String crawl,
        @NotBlank @DefaultValue("0 7 * * * ?") String probe,
        @NotNull @DefaultValue("7d") Duration probeWindow) {
}
