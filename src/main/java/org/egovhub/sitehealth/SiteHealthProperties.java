package org.egovhub.sitehealth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Site health, under {@code hub.site.}.
 *
 * @param file the site file ({@link SiteFile}); no site is checked when it is not set, there is no default
 * @param linkTimeout how long one link may take to answer before it counts as broken ({@code timeout})
 * @param probeTimeout how long the homepage may take to open in a reachability probe (the national rule's 15 s)
 * @param externalHostDelay the pause between two requests to one external host
 * @param maxPageBytes a page larger than this is quarantined unread, with a finding
 * @param otherStaleAfter how old the newest item of an {@code other} column may be, unless the column says
 * @param longStaleAfter a column older than this is long-stale instead of stale
 * @param minProbesForVeto probes needed before the unreachable share can reach the veto (20 a day for 7 days)
 * @param userAgent how the crawler names itself, also to robots.txt
 * @param warn the warning levels: a check whose figure reaches its level is a warning
 * @param veto the veto levels (单项否决), defaulting to the national rules
 */
@Validated
@ConfigurationProperties(prefix = "hub.site")
public record SiteHealthProperties(
        Path file,
        @NotNull @DefaultValue("10s") Duration linkTimeout,
        @NotNull @DefaultValue("15s") Duration probeTimeout,
        @NotNull @DefaultValue("1s") Duration externalHostDelay,
        @NotNull @DefaultValue("5MB") DataSize maxPageBytes,
        @NotNull @DefaultValue("180d") Duration otherStaleAfter,
        @NotNull @DefaultValue("365d") Duration longStaleAfter,
        @Min(1) @DefaultValue("140") int minProbesForVeto,
        @NotBlank @DefaultValue("egov-hub-sitehealth/1.0") String userAgent,
        @NotNull @Valid @DefaultValue WarnLevels warn,
        @NotNull @Valid @DefaultValue VetoLevels veto) {

    /** The defaults, as a command line without settings sees them. */
    public static SiteHealthProperties defaults() {
        return new SiteHealthProperties(null, Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(1),
                DataSize.ofMegabytes(5), Duration.ofDays(180), Duration.ofDays(365), 140, "egov-hub-sitehealth/1.0",
                new WarnLevels(10, 3, 6, 3, 1, 1, 1), new VetoLevels(14, 5, 10, 5, null, 1, 5));
    }

    /**
     * The warning levels, below the national rules as the commercial monitoring services set them;
     * the components are those of {@link Levels}.
     */
    public record WarnLevels(
            @Min(1) @DefaultValue("10") Integer homepageStale,
            @Min(1) @DefaultValue("3") Integer staleColumns,
            @Min(1) @DefaultValue("6") Integer longStaleColumns,
            @Min(1) @DefaultValue("3") Integer blankColumns,
            @Min(1) @DefaultValue("1") Integer brokenLinks,
            @Min(1) @DefaultValue("1") Integer wording,
            @Min(1) @DefaultValue("1") Integer unreachable) {

        public Levels levels() {
            return new Levels(homepageStale, staleColumns, longStaleColumns, blankColumns, brokenLinks, wording, unreachable);
        }
    }

    /**
     * The veto levels, defaulting to the national rules: homepage not updated for 14 days, 5 stale
     * columns, 10 long-stale columns, 5 blank columns, one serious wording error, 5% of probes failed.
     * Broken links cost points but have no veto (leave a level empty and it is never reached).
     */
    public record VetoLevels(
            @Min(1) @DefaultValue("14") Integer homepageStale,
            @Min(1) @DefaultValue("5") Integer staleColumns,
            @Min(1) @DefaultValue("10") Integer longStaleColumns,
            @Min(1) @DefaultValue("5") Integer blankColumns,
            @Min(1) Integer brokenLinks,
            @Min(1) @DefaultValue("1") Integer wording,
            @Min(1) @DefaultValue("5") Integer unreachable) {

        public Levels levels() {
            return new Levels(homepageStale, staleColumns, longStaleColumns, blankColumns, brokenLinks, wording, unreachable);
        }
    }

    /**
     * The level of each check's figure at which it warns (or is vetoed); an empty level is never reached.
     *
     * @param homepageStale days since the homepage's newest item
     * @param staleColumns columns not updated in time
     * @param longStaleColumns columns not updated for a long time
     * @param blankColumns columns with no items
     * @param brokenLinks broken links (counted per link and linking page)
     * @param wording wording findings; the veto counts the serious ones (protected terms) only
     * @param unreachable percent of failed homepage probes over 7 days
     */
    public record Levels(Integer homepageStale, Integer staleColumns, Integer longStaleColumns, Integer blankColumns,
            Integer brokenLinks, Integer wording, Integer unreachable) {
    }
}
