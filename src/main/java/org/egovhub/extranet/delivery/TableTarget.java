package org.egovhub.extranet.delivery;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.egovhub.extranet.channel.Target;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts a record into an exchange-database (前置库) table whose primary key is the stable id; a
 * record the table already holds is skipped ({@code on conflict do nothing}).
 */
final class TableTarget implements AutoCloseable {

    private final java.time.Clock clock;

    TableTarget(java.time.Clock clock) {
        this.clock = clock;
    }

    private final Map<String, HikariDataSource> pools = new ConcurrentHashMap<>();

    /** Returns 1 when inserted, 0 when the table already held the record. */
    int insert(Target target, String channel, String kind, String stableId, String json) {
        HikariDataSource pool = pools.computeIfAbsent(target.url() + "|" + target.username(), key -> {
            HikariDataSource ds = new HikariDataSource();
            ds.setJdbcUrl(target.url());
            ds.setUsername(target.username());
            ds.setPassword(target.password());
            ds.setMaximumPoolSize(2);
            ds.setInitializationFailTimeout(-1);
            ds.setConnectionTimeout(10_000);
            ds.setPoolName("extranet-" + channel);
            return ds;
        });
        try {
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (target.url().startsWith("jdbc:postgresql:")) {
                return jdbc.update("insert into " + target.table() + " (stable_id, channel, record_kind, payload, delivered_at)"
                        + " values (?, ?, ?, ?, ?) on conflict (stable_id) do nothing", stableId, channel, kind, json, now);
            }
            // Other databases (H2 in tests) lack "on conflict": skip what is there, and let the key catch a race.
            return jdbc.update("insert into " + target.table() + " (stable_id, channel, record_kind, payload, delivered_at)"
                    + " select ?, ?, ?, ?, ? where not exists (select 1 from " + target.table() + " where stable_id = ?)",
                    stableId, channel, kind, json, now, stableId);
        } catch (DuplicateKeyException raced) {
            return 0;
        } catch (DataAccessException e) {
            String state = e.getMostSpecificCause() instanceof SQLException sql && sql.getSQLState() != null ? sql.getSQLState() : "08";
            String detail = target.describe() + ": " + e.getMostSpecificCause().getMessage();
            if (state.startsWith("08") || state.startsWith("40") || state.startsWith("53") || state.startsWith("57")) {
                throw new TargetUnavailableException(detail, e);
            }
            throw new TargetRefusedException(detail);
        }
    }

    @Override
    public void close() {
        pools.values().forEach(HikariDataSource::close);
    }
}
