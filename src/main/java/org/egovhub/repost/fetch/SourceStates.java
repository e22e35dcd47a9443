package org.egovhub.repost.fetch;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.egovhub.platform.privacy.Masking;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sources' polling states in the database ({@code repost_source_state}), so that failures in a
 * row, the last success and the backoff survive a restart.
 */
@Component
class SourceStates {

    /** What is stored of one source's polling. */
    record Stored(OffsetDateTime lastPollAt, OffsetDateTime lastSuccessAt, String lastError, int consecutiveFailures,
            OffsetDateTime nextPollAt, OffsetDateTime lastNewItemAt, long itemsFound) {
    }

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    SourceStates(JdbcTemplate jdbc, ZoneId hubZone) {
        this.jdbc = jdbc;
        this.zone = hubZone;
    }

    /** Every stored state by source id. */
    Map<String, Stored> load() {
        Map<String, Stored> stored = new HashMap<>();
        jdbc.query("select source_id, last_poll_at, last_success_at, last_error, consecutive_failures, next_poll_at,"
                + " last_new_item_at, items_found from repost_source_state", rs -> {
                    stored.put(rs.getString(1), new Stored(time(rs.getObject(2, OffsetDateTime.class)),
                            time(rs.getObject(3, OffsetDateTime.class)), rs.getString(4), rs.getInt(5),
                            time(rs.getObject(6, OffsetDateTime.class)), time(rs.getObject(7, OffsetDateTime.class)), rs.getLong(8)));
                });
        return stored;
    }

    /** Writes a source's state after a poll. */
    void save(SourceState state) {
        String error = state.lastError() == null ? null : truncate(Masking.mask(state.lastError()), 1000);
        Object[] values = {state.lastPollAt(), state.lastSuccessAt(), error, state.consecutiveFailures(), state.nextPollAt(),
            state.lastNewItemAt(), state.itemsFound(), state.id()};
        if (jdbc.update("update repost_source_state set last_poll_at = ?, last_success_at = ?, last_error = ?,"
                + " consecutive_failures = ?, next_poll_at = ?, last_new_item_at = ?, items_found = ? where source_id = ?", values) == 0) {
            try {
                jdbc.update("insert into repost_source_state (last_poll_at, last_success_at, last_error, consecutive_failures,"
                        + " next_poll_at, last_new_item_at, items_found, source_id) values (?, ?, ?, ?, ?, ?, ?, ?)", values);
            } catch (org.springframework.dao.DuplicateKeyException e) {
                // another node polled the same source at the same moment: write over its row
                jdbc.update("update repost_source_state set last_poll_at = ?, last_success_at = ?, last_error = ?,"
                        + " consecutive_failures = ?, next_poll_at = ?, last_new_item_at = ?, items_found = ? where source_id = ?", values);
            }
        }
    }

    private OffsetDateTime time(OffsetDateTime stored) {
        return stored == null ? null : stored.atZoneSameInstant(zone).toOffsetDateTime();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
