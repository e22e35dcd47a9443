package org.egovhub.repost.ledger;

import org.egovhub.platform.pages.PublishDates;
import org.egovhub.repost.extract.RepostItem;
import org.egovhub.repost.source.Source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.egovhub.platform.privacy.Masking;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The repost ledger table: one row per item, deduplicated by the table's unique constraints. */
@Repository
public class RepostLedger {

    static final String COLUMNS = "id, version, source_id, level, category, district_column, upstream_id, url, fingerprint,"
            + " title, content_source, upstream_column, body, attachments, published_at, date_origin, last_modified, fetched_at,"
            + " reviewed_at, reviewed_by, reposted_at, status, reason";

    private final NamedParameterJdbcTemplate jdbc;

    RepostLedger(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The row that is the same item: same upstream id, same URL or same text. */
    public List<LedgerEntry> matches(RepostItem item) {
        return jdbc.query("select " + COLUMNS + " from repost_item where upstream_id = :upstreamId or url = :url or fingerprint = :fingerprint",
                new MapSqlParameterSource("upstreamId", item.upstreamId()).addValue("url", item.url())
                        .addValue("fingerprint", item.fingerprint()), RepostLedger::row);
    }

    public Optional<LedgerEntry> find(String id) {
        return jdbc.query("select " + COLUMNS + " from repost_item where id = :id", Map.of("id", id), RepostLedger::row).stream().findFirst();
    }

    public Optional<LedgerEntry> findByUrl(String url) {
        return jdbc.query("select " + COLUMNS + " from repost_item where url = :url", Map.of("url", url), RepostLedger::row).stream().findFirst();
    }

    /** Inserts a new item as version 1; a concurrent insert of the same item elsewhere fails on a unique constraint. */
    public String insert(RepostItem item, Source source, String status, String reason) {
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into repost_item (" + COLUMNS + ") values (:id, 1, :sourceId, :level, :category, :column, :upstreamId, :url,"
                + " :fingerprint, :title, :contentSource, :upstreamColumn, :body, :attachments, :publishedAt, :dateOrigin, :lastModified,"
                + " :fetchedAt, null, null, null, :status, :reason)", params(item, source, status, reason).addValue("id", id));
        return id;
    }

    /** Replaces a row's content with a newer upstream version; false if another node updated it first. */
    public boolean update(LedgerEntry existing, int version, RepostItem item, Source source, String status, String reason) {
        return jdbc.update("update repost_item set version = :version, upstream_id = :upstreamId, fingerprint = :fingerprint, title = :title,"
                + " content_source = :contentSource, upstream_column = :upstreamColumn, body = :body, attachments = :attachments,"
                + " published_at = :publishedAt, date_origin = :dateOrigin, last_modified = :lastModified, fetched_at = :fetchedAt,"
                + " reviewed_at = null, reviewed_by = null, status = :status, reason = :reason where id = :id and version = :oldVersion",
                params(item, source, status, reason).addValue("id", existing.id()).addValue("version", version)
                        .addValue("oldVersion", existing.version())) == 1;
    }

    /** Records a page that could not become an item; never overwrites a real item's row. */
    public void recordProblem(Source source, String url, String status, String reason, OffsetDateTime at) {
        String masked = truncate(Masking.mask(reason), 1000);
        int updated = jdbc.update("update repost_item set status = :status, reason = :reason, fetched_at = :at"
                + " where url = :url and fingerprint is null", new MapSqlParameterSource("status", status).addValue("reason", masked)
                .addValue("at", at).addValue("url", url));
        if (updated == 0 && findByUrl(url).isEmpty()) {
            jdbc.update("insert into repost_item (id, version, source_id, level, category, district_column, url, fetched_at, status, reason)"
                    + " values (:id, 1, :sourceId, :level, :category, :column, :url, :at, :status, :reason)",
                    new MapSqlParameterSource("id", UUID.randomUUID().toString()).addValue("sourceId", source.id())
                            .addValue("level", source.level().name()).addValue("category", source.category())
                            .addValue("column", source.column()).addValue("url", url).addValue("at", at)
                            .addValue("status", status).addValue("reason", masked));
        }
    }

    public void markPublished(String id, int version, OffsetDateTime at) {
        jdbc.update("update repost_item set status = 'PUBLISHED', reposted_at = :at where id = :id and version = :version",
                new MapSqlParameterSource("id", id).addValue("version", version).addValue("at", at));
    }

    /** Marks an item version whose publishing failed for good; a newer version or a later success overwrites it. */
    public void markFailed(String id, int version, String reason) {
        jdbc.update("update repost_item set status = 'FAILED', reason = :reason where id = :id and version = :version",
                new MapSqlParameterSource("id", id).addValue("version", version).addValue("reason", truncate(Masking.mask(reason), 1000)));
    }

    /** Records a review decision on a held item; false when the item is not held (any more). */
    public boolean decide(String id, boolean approved, String who, String reason, OffsetDateTime at) {
        return jdbc.update("update repost_item set status = :status, reviewed_by = :who, reviewed_at = :at, reason = :reason"
                + " where id = :id and status = 'HELD'", new MapSqlParameterSource("status", approved ? "QUEUED" : "REJECTED")
                .addValue("who", who).addValue("at", at).addValue("reason", truncate(Masking.mask(reason), 1000)).addValue("id", id)) == 1;
    }

    private static MapSqlParameterSource params(RepostItem item, Source source, String status, String reason) {
        return new MapSqlParameterSource("sourceId", item.sourceId()).addValue("level", source.level().name())
                .addValue("category", source.category()).addValue("column", source.column()).addValue("upstreamId", item.upstreamId())
                .addValue("url", item.url()).addValue("fingerprint", item.fingerprint()).addValue("title", item.title())
                .addValue("contentSource", item.contentSource()).addValue("upstreamColumn", item.upstreamColumn())
                .addValue("body", item.body()).addValue("attachments", String.join("\n", item.attachments()))
                .addValue("publishedAt", item.publishedAt()).addValue("dateOrigin", item.dateOrigin())
                .addValue("lastModified", item.lastModified()).addValue("fetchedAt", item.fetchedAt())
                .addValue("status", status).addValue("reason", reason == null ? null : truncate(reason, 1000));
    }

    static LedgerEntry row(ResultSet rs, int n) throws SQLException {
        String attachments = rs.getString("attachments");
        return new LedgerEntry(rs.getString("id"), rs.getInt("version"), rs.getString("source_id"), rs.getString("level"),
                rs.getString("category"), rs.getString("district_column"), rs.getString("upstream_id"), rs.getString("url"),
                rs.getString("fingerprint"), rs.getString("title"), rs.getString("content_source"), rs.getString("upstream_column"),
                rs.getString("body"), attachments == null || attachments.isEmpty() ? List.of() : Arrays.asList(attachments.split("\n")),
                time(rs, "published_at"), rs.getString("date_origin"), rs.getString("last_modified"), time(rs, "fetched_at"),
                time(rs, "reviewed_at"), rs.getString("reviewed_by"), time(rs, "reposted_at"), rs.getString("status"), rs.getString("reason"));
    }

    static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.atZoneSameInstant(PublishDates.ZONE).toOffsetDateTime();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
