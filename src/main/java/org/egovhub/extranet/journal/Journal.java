package org.egovhub.extranet.journal;

import org.egovhub.platform.time.WorkingDays;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.egovhub.platform.privacy.Masking;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;

/**
 * Provenance of every record on every path. Writes are keyed by channel, stable id and path, so a
 * redelivered message updates its row instead of adding one.
 */
public class Journal {

    private final Clock clock;

    private final JdbcTemplate jdbc;
    private final WorkingDays workingDays;
    private final int disclosureDays;

    public Journal(JdbcTemplate jdbc, WorkingDays workingDays, int disclosureDays, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.workingDays = workingDays;
        this.disclosureDays = disclosureDays;
    }

    /** A record enters a path (or is refused, path "inbound"). */
    public void received(String channel, String stableId, String path, String kind, String status, String payload,
            LocalDate decisionDate, String error) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String hash = sha256(payload);
        String masked = shorten(Masking.mask(error));
        try {
            // The common case is a new record: one statement.
            jdbc.update("insert into extranet_journal (channel, stable_id, path, record_kind, status, attempts, received_at,"
                    + " updated_at, last_error, payload_sha256, decision_date, document_no) values (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)",
                    channel, stableId, path, kind, status, now, now, masked, hash, decisionDate, documentNumber(kind, stableId));
        } catch (DuplicateKeyException again) {
            // A repeat or a redelivery: it enters the path again unless already delivered there.
            jdbc.update("update extranet_journal set status = ?, updated_at = ?, last_error = ?, payload_sha256 = ?"
                    + " where channel = ? and stable_id = ? and path = ? and status <> 'DELIVERED'", status, now, masked, hash,
                    channel, stableId, path);
        }
    }

    /**
     * Records entering a path, in one database transaction. A record the journal already holds on
     * that path (a redelivered batch, a repeat) makes the batch fall back to {@link #received} per record.
     */
    public void receivedAll(String channel, String path, List<? extends Entering> records) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            inOneTransaction("insert into extranet_journal (channel, stable_id, path, record_kind, status, attempts, received_at,"
                    + " updated_at, last_error, payload_sha256, decision_date, document_no) values (?, ?, ?, ?, 'PENDING', 0, ?, ?, null, ?, ?, ?)",
                    records, (statement, record) -> {
                        statement.setString(1, channel);
                        statement.setString(2, record.stableId());
                        statement.setString(3, path);
                        statement.setString(4, record.kind());
                        statement.setObject(5, now);
                        statement.setObject(6, now);
                        statement.setString(7, sha256(record.json()));
                        statement.setObject(8, record.decisionDate() == null ? null : LocalDate.parse(record.decisionDate()));
                        statement.setString(9, documentNumber(record.kind(), record.stableId()));
                    });
        } catch (DataAccessException repeat) {
            if (repeat instanceof DataAccessResourceFailureException) {
                // The database is gone (no connection within the pool's wait): the record-by-record
                // fallback would wait once more for nothing, and the caller's 503 with it.
                throw repeat;
            }
            for (Entering record : records) {
                received(channel, record.stableId(), path, record.kind(), "PENDING", record.json(),
                        record.decisionDate() == null ? null : LocalDate.parse(record.decisionDate()), null);
            }
        }
    }

    /** The target acknowledged these records, in one database transaction. */
    public void deliveredAll(String channel, String path, List<Acknowledged> records) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        inOneTransaction("update extranet_journal set status = 'DELIVERED', attempts = ?, updated_at = ?, delivered_at = ?,"
                + " response_code = ?, last_error = null where channel = ? and stable_id = ? and path = ?", records, (statement, record) -> {
                    statement.setInt(1, record.attempts());
                    statement.setObject(2, now);
                    statement.setObject(3, now);
                    statement.setObject(4, record.responseCode(), java.sql.Types.INTEGER);
                    statement.setString(5, channel);
                    statement.setString(6, record.stableId());
                    statement.setString(7, path);
                });
    }

    /** An attempt failed and the record waits for the next one. */
    public void retrying(String channel, String stableId, String path, int attempts, String error) {
        jdbc.update("update extranet_journal set attempts = ?, updated_at = ?, last_error = ?"
                + " where channel = ? and stable_id = ? and path = ? and status <> 'DELIVERED'",
                attempts, OffsetDateTime.now(clock), shorten(Masking.mask(error)), channel, stableId, path);
    }

    /** What a batch journal write needs of a record entering a path. */
    public interface Entering {
        String stableId();

        String kind();

        String decisionDate();

        String json();
    }

    /** A record the target acknowledged: after how many attempts, with what answer. */
    public record Acknowledged(String stableId, int attempts, Integer responseCode) {
    }

    private <T> void inOneTransaction(String sql, List<T> rows, ParameterizedPreparedStatementSetter<T> setter) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (T row : rows) {
                    setter.setValues(statement, row);
                    statement.addBatch();
                }
                statement.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            return null;
        });
    }

    /** The target acknowledged the record. */
    public void delivered(String channel, String stableId, String path, int attempts, Integer responseCode) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.update("update extranet_journal set status = 'DELIVERED', attempts = ?, updated_at = ?, delivered_at = ?,"
                + " response_code = ?, last_error = null where channel = ? and stable_id = ? and path = ?",
                attempts, now, now, responseCode, channel, stableId, path);
    }

    /** The record was dead-lettered on that path. */
    public void failed(String channel, String stableId, String path, int attempts, Integer responseCode, String error) {
        jdbc.update("update extranet_journal set status = 'FAILED', attempts = ?, updated_at = ?, response_code = ?,"
                + " last_error = ? where channel = ? and stable_id = ? and path = ? and status <> 'DELIVERED'",
                attempts, OffsetDateTime.now(clock), responseCode, shorten(Masking.mask(error)), channel, stableId, path);
    }

    /**
     * The 双公示 decision number (行政许可决定文书号 or 行政处罚决定书文号) a stable id ends with
     * ({@code <authority credit code>:<number>}, as RecordChecker makes it), kept in its own indexed
     * column so a record can be traced by it; null for person records and refused ones.
     */
    static String documentNumber(String kind, String stableId) {
        boolean disclosed = "LICENCE".equals(kind) || "PENALTY".equals(kind);
        int colon = stableId == null || stableId.startsWith("sha256:") ? -1 : stableId.indexOf(':');
        return disclosed && colon > 0 ? stableId.substring(colon + 1) : null;
    }

    /**
     * Every path's row of the records whose stable id or 双公示 decision number is {@code key}
     * (both indexed), oldest first, at most {@code limit}.
     */
    public List<JournalEntry> find(String key, int limit) {
        return jdbc.query("select * from extranet_journal where stable_id = ? or document_no = ? order by id limit ?",
                (rs, n) -> entry(rs), key, key, limit);
    }

    private JournalEntry entry(java.sql.ResultSet rs) throws SQLException {
        LocalDate decision = rs.getObject("decision_date", LocalDate.class);
        String rowStatus = rs.getString("status");
        OffsetDateTime deliveredAt = rs.getObject("delivered_at", OffsetDateTime.class);
        return new JournalEntry(rs.getString("channel"), rs.getString("stable_id"), rs.getString("path"),
                rs.getString("record_kind"), rowStatus, rs.getInt("attempts"),
                rs.getObject("received_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                deliveredAt, (Integer) rs.getObject("response_code"), rs.getString("last_error"),
                rs.getString("payload_sha256"), decision, overdue(decision, rowStatus, deliveredAt));
    }

    /** A page of entries, newest first; channel and status may be {@code null} for all. */
    public List<JournalEntry> page(String channel, String status, int page, int size) {
        StringBuilder sql = new StringBuilder("select * from extranet_journal where 1 = 1");
        List<Object> args = new java.util.ArrayList<>();
        if (channel != null) {
            sql.append(" and channel = ?");
            args.add(channel);
        }
        if (status != null) {
            sql.append(" and status = ?");
            args.add(status);
        }
        sql.append(" order by id desc limit ? offset ?");
        args.add(size);
        args.add((long) page * size);
        return jdbc.query(sql.toString(), (rs, n) -> entry(rs), args.toArray());
    }

    /**
     * 双公示 records of every channel past their limit and not delivered, oldest decision first, at
     * most {@code limit} (of the undelivered rows looked at, each path counts on its own).
     */
    public List<OverdueRecord> overdue(int limit) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.query("select * from extranet_journal where decision_date is not null and status <> 'DELIVERED'"
                + " and path <> 'inbound' and decision_date < ? order by decision_date, id", (rs, n) -> entry(rs),
                today.minusDays(disclosureDays)).stream()
                .filter(JournalEntry::overdue).limit(limit)
                .map(e -> new OverdueRecord(e, workingDays.deadline(e.decisionDate(), disclosureDays))).toList();
    }

    /** Records of the channel delivered on any path since {@code since}: its throughput. */
    public long deliveredSince(String channel, OffsetDateTime since) {
        return jdbc.queryForObject("select count(*) from extranet_journal where channel = ? and status = 'DELIVERED'"
                + " and delivered_at >= ?", Long.class, channel, since);
    }

    /** How the records of the channel that took both paths ended on each. */
    public DualRun dualRun(String channel) {
        return jdbc.queryForObject("select count(*),"
                + " coalesce(sum(case when l.status = 'DELIVERED' and e.status = 'DELIVERED' then 1 else 0 end), 0),"
                + " coalesce(sum(case when (l.status = 'DELIVERED' and e.status = 'FAILED')"
                + " or (l.status = 'FAILED' and e.status = 'DELIVERED') then 1 else 0 end), 0)"
                + " from extranet_journal l join extranet_journal e on e.channel = l.channel and e.stable_id = l.stable_id"
                + " and e.path = 'extranet' where l.channel = ? and l.path = 'legacy'", (rs, n) -> {
                    long compared = rs.getLong(1);
                    long matched = rs.getLong(2);
                    long mismatched = rs.getLong(3);
                    return new DualRun(compared, matched, mismatched, compared - matched - mismatched);
                }, channel);
    }

    /** Counts per path and status of one channel, e.g. {@code legacy/DELIVERED -> 12}. */
    public Map<String, Long> counts(String channel) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.query("select path, status, count(*) from extranet_journal where channel = ? group by path, status",
                rs -> {
                    counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
                }, channel);
        return counts;
    }

    /** The latest failure of a channel, masked, or {@code null}. */
    public String lastError(String channel) {
        List<String> errors = jdbc.queryForList("select last_error from extranet_journal where channel = ?"
                + " and last_error is not null order by updated_at desc limit 1", String.class, channel);
        return errors.isEmpty() ? null : errors.get(0);
    }

    /**
     * When a record of the channel last ended delivered on one path and failed on the other, or
     * {@code null}: what dual-mode readiness is measured from.
     */
    public OffsetDateTime lastMismatch(String channel) {
        return jdbc.queryForObject("select max(f.updated_at) from extranet_journal f join extranet_journal d"
                + " on d.channel = f.channel and d.stable_id = f.stable_id and d.path <> f.path"
                + " where f.channel = ? and f.status = 'FAILED' and d.status = 'DELIVERED'", OffsetDateTime.class, channel);
    }

    /** 双公示 records of the channel past their publication limit and not delivered. */
    public long overdueCount(String channel) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.queryForList("select distinct stable_id, decision_date from extranet_journal where channel = ?"
                + " and decision_date is not null and status <> 'DELIVERED' and path <> 'inbound'", channel).stream()
                .filter(row -> overdueOn(((java.sql.Date) row.get("decision_date")).toLocalDate(), today))
                .count();
    }

    boolean overdue(LocalDate decision, String status, OffsetDateTime deliveredAt) {
        if (decision == null) {
            return false;
        }
        LocalDate end = "DELIVERED".equals(status) && deliveredAt != null
                ? deliveredAt.atZoneSameInstant(clock.getZone()).toLocalDate() : LocalDate.now(clock);
        return overdueOn(decision, end);
    }

    private boolean overdueOn(LocalDate decision, LocalDate day) {
        return day.isAfter(workingDays.deadline(decision, disclosureDays));
    }

    private static String shorten(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    /** Hex SHA-256 of the payload as received. */
    public static String sha256(String payload) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
