package org.egovhub.sitehealth.hub;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.egovhub.sitehealth.check.Finding;
import org.egovhub.sitehealth.check.SiteCheck;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reachability probes of the homepage ({@code site_probe}) and their share over the window
 * ({@code hub.site.schedule.probe-window}, a week), which the crawl's {@code unreachable} check rates.
 */
@Component
class SiteProbes {

    private final JdbcTemplate jdbc;
    private final SiteScheduleProperties schedule;
    private final Clock clock;

    SiteProbes(JdbcTemplate jdbc, SiteScheduleProperties schedule, Clock clock) {
        this.jdbc = jdbc;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** Keeps one probe: {@code status} null when the homepage opened in time. */
    void record(String url, Object status, long millis) {
        jdbc.update("insert into site_probe (at, url, ok, status, millis) values (?, ?, ?, ?, ?)", OffsetDateTime.now(clock), url,
                status == null, status == null ? null : status.toString(), (int) Math.min(Integer.MAX_VALUE, millis));
    }

    /**
     * The probes of the window: how many, how many failed, and (when some failed) one
     * {@code unreachable} finding with the latest failure's status.
     */
    SiteCheck.Reachability window() {
        OffsetDateTime since = OffsetDateTime.now(clock).minus(schedule.probeWindow());
        int probes = count("select count(*) from site_probe where at > ?", since);
        int failed = count("select count(*) from site_probe where at > ? and not ok", since);
        List<Finding> failures = jdbc.query("select url, status from site_probe where at > ? and not ok order by at desc, id desc limit 1",
                (rs, n) -> Finding.unreachable(rs.getString(1), status(rs.getString(2))), since);
        return new SiteCheck.Reachability(probes, failed, failures);
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    /** A status as the reports write it: a number for an HTTP answer, a word otherwise. */
    private static Object status(String text) {
        return text != null && text.chars().allMatch(Character::isDigit) && !text.isEmpty() ? Integer.valueOf(text) : text;
    }
}
