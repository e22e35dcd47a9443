package org.egovhub.platform.pages;

import org.egovhub.platform.time.HubTime;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.DateTimeException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date forms Chinese government pages use (DOMAIN.md §7): {@code 2017-11-24},
 * {@code 2017/11/24}, {@code 2017.11.24}, {@code 2017年1月5日}, optional time, the gov.cn
 * {@code 2007-08-20-23:59:59}, bare {@code [11-24]} / {@code （03-15）} with the year taken from
 * context, and dates inside URLs. All times are in the hub's zone (China Standard Time).
 */
public final class PublishDates {

    /** Upstream times are Beijing time. */
    public static final ZoneId ZONE = HubTime.zone();

    private static final Pattern FULL = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
                    + "(?:(?:\\s*|-|T)(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?)?");
    private static final Pattern GOVCN_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(\\d{2}:\\d{2}:\\d{2})");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d-])(\\d{1,2})-(\\d{1,2})(?![\\d-])");
    private static final Pattern[] IN_URL = {
        Pattern.compile("/t((?:19|20)\\d{2})(\\d{2})(\\d{2})_"),          // TRS: /202105/t20210510_123.html
        Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})/"),            // Hunan cluster: /20240530/i3383757.html
        Pattern.compile("/art/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})/"),  // Hanweb: /art/2016/11/22/art_1_2.html
        Pattern.compile("/((?:19|20)\\d{2})-(\\d{2})/(\\d{2})/"),          // gov.cn/kepu: /2023-12/01/content_1.htm
    };

    private PublishDates() {
    }

    /** The first full date (with optional time) in the text. */
    public static Optional<OffsetDateTime> first(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FULL.matcher(text);
        while (m.find()) {
            Optional<OffsetDateTime> parsed = of(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6));
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return Optional.empty();
    }

    /** A date as written in a list entry; a bare month-day takes the year of {@code today}, or the year before if it would lie ahead. */
    public static Optional<OffsetDateTime> listDate(String text, LocalDate today) {
        Optional<OffsetDateTime> full = first(text);
        if (full.isPresent() || text == null) {
            return full;
        }
        Matcher m = MONTH_DAY.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        Optional<OffsetDateTime> date = of(String.valueOf(today.getYear()), m.group(1), m.group(2), null, null, null);
        return date.map(d -> d.toLocalDate().isAfter(today) ? d.minusYears(1) : d);
    }

    /**
     * The publish date a government CMS writes in a page's meta tags ({@code meta} by lower-case
     * name): {@code PubDate}, else gov.cn's {@code FirstPublishedTime} ({@code 2018-03-15-10:30:00}).
     * Reposting reads a detail page's date with it first, site health an undated list item's.
     */
    public static Optional<OffsetDateTime> inMetadata(Map<String, String> meta) {
        String pubDate = meta.get("pubdate");
        if (pubDate != null && !pubDate.isBlank()) {
            return first(pubDate.trim());
        }
        String govcn = meta.get("firstpublishedtime");
        return govcn == null || govcn.isBlank() ? Optional.empty() : first(GOVCN_TIME.matcher(govcn.trim()).replaceFirst("$1 $2"));
    }

    /** A date in a URL path. */
    public static Optional<OffsetDateTime> inUrl(String url) {
        for (Pattern pattern : IN_URL) {
            Matcher m = pattern.matcher(url);
            if (m.find()) {
                Optional<OffsetDateTime> date = of(m.group(1), m.group(2), m.group(3), null, null, null);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<OffsetDateTime> of(String y, String mo, String d, String h, String mi, String s) {
        try {
            LocalDateTime local = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d))
                    .atTime(h == null ? 0 : Integer.parseInt(h), mi == null ? 0 : Integer.parseInt(mi), s == null ? 0 : Integer.parseInt(s));
            return Optional.of(ZonedDateTime.of(local, ZONE).toOffsetDateTime());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
