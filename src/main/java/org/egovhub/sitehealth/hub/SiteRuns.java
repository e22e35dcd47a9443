package org.egovhub.sitehealth.hub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.egovhub.sitehealth.check.Check;
import org.egovhub.sitehealth.check.Finding;
import org.egovhub.sitehealth.check.SiteReport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The runs kept in the database ({@code site_run}, {@code site_run_check}, {@code site_finding}):
 * requested, running, then done with the report, its figures and its findings (each with its
 * {@link FindingKeys key}, so two runs tell what is new and what was fixed), or failed with why.
 */
@Component
class SiteRuns {

    private static final String RUN_COLUMNS = "id, status, requested_at, requested_by, started_at, finished_at, failure, root, "
            + "verdict, pages_crawled, links_checked, report";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;
    private final Clock clock;

    SiteRuns(JdbcTemplate jdbc, TransactionTemplate transactions, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /** A new queued run of the site at {@code root}; its id. */
    long request(String root, String requestedBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var statement = c.prepareStatement("insert into site_run (requested_at, requested_by, status, root) values (?, ?, 'queued', ?)",
                    new String[] {"id"});
            statement.setObject(1, OffsetDateTime.now(clock));
            statement.setString(2, requestedBy);
            statement.setString(3, root);
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    /** The run's status, empty for an unknown run. */
    Optional<String> status(long id) {
        return jdbc.query("select status from site_run where id = ?", (rs, n) -> rs.getString(1), id).stream().findFirst();
    }

    void started(long id) {
        jdbc.update("update site_run set status = 'running', started_at = ?, failure = null where id = ?", OffsetDateTime.now(clock), id);
    }

    void failed(long id, String reason) {
        jdbc.update("update site_run set status = 'failed', finished_at = ?, failure = ? where id = ?", OffsetDateTime.now(clock),
                reason.length() > 1000 ? reason.substring(0, 1000) : reason, id);
    }

    /** Keeps a finished run's report, figures and findings, all or nothing. */
    void done(long id, SiteReport report) {
        String text = write(report);
        transactions.executeWithoutResult(tx -> {
            jdbc.update("delete from site_run_check where run_id = ?", id);
            jdbc.update("delete from site_finding where run_id = ?", id);
            int position = 0;
            for (Check c : report.checks()) {
                jdbc.update("insert into site_run_check (run_id, position, check_name, figure, warn_level, veto_level, status) "
                        + "values (?, ?, ?, ?, ?, ?, ?)", id, position++, c.check(), c.value(), c.warn(), c.veto(), c.status());
            }
            position = 0;
            for (Finding f : report.findings()) {
                jdbc.update("insert into site_finding (run_id, position, kind, finding_key, detail) values (?, ?, ?, ?, ?)", id,
                        position++, f.kind(), FindingKeys.of(f), write(f));
            }
            jdbc.update("update site_run set status = 'done', finished_at = ?, verdict = ?, pages_crawled = ?, links_checked = ?, "
                    + "report = ? where id = ?", OffsetDateTime.now(clock), report.verdict(), report.pagesCrawled(),
                    report.linksChecked(), text, id);
        });
    }

    /** The runs, newest first, at most {@code limit}. */
    List<SiteRun> list(int limit) {
        return jdbc.query("select " + RUN_COLUMNS + " from site_run order by id desc limit ?", this::run, limit);
    }

    Optional<SiteRun> find(long id) {
        return jdbc.query("select " + RUN_COLUMNS + " from site_run where id = ?", this::run, id).stream().findFirst();
    }

    /** A done run's report. */
    Optional<SiteReport> report(long id) {
        return jdbc.query("select report from site_run where id = ? and status = 'done'", (rs, n) -> read(rs.getString(1), SiteReport.class),
                id).stream().findFirst();
    }

    /** The run's findings in report order, of one kind or (kind null) all, each with whether it is new. */
    List<SiteFinding> findings(long id, String kind) {
        Long previous = previousDone(id);
        String sql = "select f.detail, (select count(*) from site_finding p where p.run_id = ? and p.finding_key = f.finding_key) "
                + "from site_finding f where f.run_id = ?" + (kind == null ? "" : " and f.kind = ?") + " order by f.position";
        Object[] args = kind == null ? new Object[] {previous == null ? -1L : previous, id} : new Object[] {previous == null ? -1L : previous, id, kind};
        return jdbc.query(sql, (rs, n) -> new SiteFinding(read(rs.getString(1), Finding.class), previous == null || rs.getInt(2) == 0),
                args);
    }

    /** The findings of the previous done run that run {@code id} no longer has. */
    List<Finding> fixed(long id) {
        Long previous = previousDone(id);
        if (previous == null) {
            return List.of();
        }
        return jdbc.query("select p.detail from site_finding p where p.run_id = ? and not exists "
                + "(select 1 from site_finding f where f.run_id = ? and f.finding_key = p.finding_key) order by p.position",
                (rs, n) -> read(rs.getString(1), Finding.class), previous, id);
    }

    /** The finding keys of a done run. */
    List<String> keys(long id) {
        return jdbc.queryForList("select finding_key from site_finding where run_id = ?", String.class, id);
    }

    /** The newest done run, if any. */
    Optional<Long> latestDone() {
        return Optional.ofNullable(jdbc.queryForObject("select max(id) from site_run where status = 'done'", Long.class));
    }

    private Long previousDone(long id) {
        return jdbc.queryForObject("select max(id) from site_run where status = 'done' and id < ?", Long.class, id);
    }

    private SiteRun run(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        SiteReport report = rs.getString("report") == null ? null : read(rs.getString("report"), SiteReport.class);
        int findings = count("select count(*) from site_finding where run_id = ?", id);
        Long previous = previousDone(id);
        int fresh = previous == null ? findings : count("select count(*) from site_finding f where f.run_id = ? and not exists "
                + "(select 1 from site_finding p where p.run_id = ? and p.finding_key = f.finding_key)", id, previous);
        int fixed = previous == null || report == null ? 0 : count("select count(*) from site_finding p where p.run_id = ? and not exists "
                + "(select 1 from site_finding f where f.run_id = ? and f.finding_key = p.finding_key)", previous, id);
        String verdict = rs.getString("verdict");
        return new SiteRun(id, rs.getString("status"), time(rs, "requested_at"), rs.getString("requested_by"), time(rs, "started_at"),
                time(rs, "finished_at"), rs.getString("failure"), rs.getString("root"), verdict,
                verdict == null ? null : SiteReport.label(verdict), (Integer) rs.getObject("pages_crawled", Integer.class),
                rs.getObject("links_checked", Integer.class), report == null ? null : report.checks(),
                report == null ? null : report.fixFirst(), report == null ? null : report.notes(), findings, report == null ? 0 : fresh,
                fixed);
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    private OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.atZoneSameInstant(clock.getZone()).toOffsetDateTime();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A site report cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A kept site report cannot be read: " + e.getOriginalMessage(), e);
        }
    }

}
