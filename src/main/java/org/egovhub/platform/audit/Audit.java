package org.egovhub.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.egovhub.platform.privacy.Masking;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Records who changed what and when, in the one {@code audit_log} table. Capability services call
 * {@link #record} once per change, after the change succeeded, e.g.
 * {@code audit.record("admin", "extranet.mode", "t-person", Map.of("from", "LEGACY", "to", "DUAL"))}.
 */
@Service
public class Audit {

    /** The actor of changes the hub makes by itself (at start, on a timer). */
    public static final String HUB = "hub";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    Audit(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records one change.
     *
     * @param detail the change; written as a JSON object, masked (no ID or phone number in full)
     */
    public AuditEntry record(String actor, String action, String target, Map<String, ?> detail) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String text;
        try {
            text = Masking.mask(json.writeValueAsString(detail == null ? Map.of() : detail));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit detail cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
        jdbc.update("insert into audit_log (at, actor, action, target, detail) values (?, ?, ?, ?, ?)",
                now, actor, action, target, text);
        return new AuditEntry(now, actor, action, target, read(text));
    }

    /** A detail in the order given: {@code detail("from", "LEGACY", "to", "DUAL")}. */
    public static Map<String, Object> detail(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("detail takes keys and values in pairs");
        }
        Map<String, Object> detail = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            detail.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
        }
        return detail;
    }

    /** The log newest first, one page of it. */
    public List<AuditEntry> page(int page, int size) {
        return jdbc.query("select at, actor, action, target, detail from audit_log order by at desc, id desc limit ? offset ?",
                (rs, row) -> new AuditEntry(rs.getObject("at", OffsetDateTime.class).atZoneSameInstant(clock.getZone()).toOffsetDateTime(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("target"), read(rs.getString("detail"))),
                size, (long) page * size);
    }

    private com.fasterxml.jackson.databind.JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable audit detail: " + e.getOriginalMessage(), e);
        }
    }
}
