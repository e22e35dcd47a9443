package org.egovhub.repost.ledger;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Read-side questions on the repost ledger: filtered pages of items, the yearly table, the feed. */
@Repository
public class RepostQueries {

    private static final String COLUMNS = RepostLedger.COLUMNS;

    private final NamedParameterJdbcTemplate jdbc;

    RepostQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Items, newest fetch first; every filter is optional. */
    public List<LedgerEntry> items(String source, String status, OffsetDateTime from, OffsetDateTime to, int page, int size) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from repost_item where 1 = 1");
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (source != null) {
            sql.append(" and source_id = :source");
            params.addValue("source", source);
        }
        if (status != null) {
            sql.append(" and status = :status");
            params.addValue("status", status);
        }
        if (from != null) {
            sql.append(" and fetched_at >= :from");
            params.addValue("from", from);
        }
        if (to != null) {
            sql.append(" and fetched_at < :to");
            params.addValue("to", to);
        }
        sql.append(" order by fetched_at desc, id limit :size offset :offset");
        params.addValue("size", size).addValue("offset", (long) page * size);
        return jdbc.query(sql.toString(), params, RepostLedger::row);
    }

    /** The yearly summary: reposted items by portal level, source and category, by upstream publish year. */
    public Map<String, Object> stats(int year) {
        MapSqlParameterSource params = new MapSqlParameterSource("from", OffsetDateTime.of(year, 1, 1, 0, 0, 0, 0, offset()))
                .addValue("to", OffsetDateTime.of(year + 1, 1, 1, 0, 0, 0, 0, offset()));
        List<Map<String, Object>> rows = new ArrayList<>();
        jdbc.query("select level, source_id, category, count(*) as items from repost_item where status = 'PUBLISHED'"
                + " and published_at >= :from and published_at < :to group by level, source_id, category order by level, source_id, category",
                params, rs -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("level", rs.getString("level"));
                    row.put("source", rs.getString("source_id"));
                    row.put("category", rs.getString("category"));
                    row.put("items", rs.getLong("items"));
                    rows.add(row);
                });
        Map<String, Long> byLevel = new LinkedHashMap<>();
        Map<String, Long> byCategory = new LinkedHashMap<>();
        rows.forEach(r -> {
            byLevel.merge((String) r.get("level"), (Long) r.get("items"), Long::sum);
            byCategory.merge(r.get("level") + "/" + r.get("category"), (Long) r.get("items"), Long::sum);
        });
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("year", year);
        result.put("byLevel", byLevel);
        result.put("byLevelAndCategory", byCategory);
        result.put("rows", rows);
        return result;
    }

    /**
     * The items a trace names: by id, URL or exact title (each a key or indexed); when none
     * matches, those whose title contains {@code key} (for keys of 4 characters or more). At most
     * {@code limit}, newest fetch first.
     */
    public List<LedgerEntry> find(String key, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("key", key).addValue("limit", limit);
        List<LedgerEntry> exact = jdbc.query("select " + COLUMNS + " from repost_item where id = :key or url = :key or title = :key"
                + " order by fetched_at desc, id limit :limit", params, RepostLedger::row);
        if (!exact.isEmpty() || key.length() < 4) {
            return exact;
        }
        String like = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.query("select " + COLUMNS + " from repost_item where title like :like escape '\\'"
                + " order by fetched_at desc, id limit :limit", params.addValue("like", like), RepostLedger::row);
    }

    /**
     * How many items reposted in {@code year} (Shanghai) were reposted later than {@code sla} after
     * their upstream publication.
     */
    public long slaBreaches(int year, java.time.Duration sla) {
        MapSqlParameterSource params = new MapSqlParameterSource("from", OffsetDateTime.of(year, 1, 1, 0, 0, 0, 0, offset()))
                .addValue("to", OffsetDateTime.of(year + 1, 1, 1, 0, 0, 0, 0, offset()));
        long[] breaches = {0};
        jdbc.query("select published_at, reposted_at from repost_item where reposted_at >= :from and reposted_at < :to"
                + " and published_at is not null", params, rs -> {
                    OffsetDateTime published = rs.getObject(1, OffsetDateTime.class);
                    OffsetDateTime reposted = rs.getObject(2, OffsetDateTime.class);
                    if (java.time.Duration.between(published, reposted).compareTo(sla) > 0) {
                        breaches[0]++;
                    }
                });
        return breaches[0];
    }

    /** The latest published item versions, for the Atom feed. */
    public List<LedgerEntry> latestPublished(int limit) {
        return jdbc.query("select " + COLUMNS + " from repost_item where status = 'PUBLISHED' order by reposted_at desc, id limit :limit",
                Map.of("limit", limit), RepostLedger::row);
    }

    private static java.time.ZoneOffset offset() {
        return java.time.ZoneOffset.ofHours(8);
    }
}
