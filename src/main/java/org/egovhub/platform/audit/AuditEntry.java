package org.egovhub.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * One recorded change.
 *
 * @param at when it was made, in the hub's zone
 * @param actor the user who made it ({@code hub} for the hub's own changes at start)
 * @param action what was done, {@code <capability>.<verb>} (e.g. {@code extranet.mode})
 * @param target what it was done to (a channel id, an item id, a queue or a message)
 * @param detail the change as a JSON object, e.g. {@code {"from": "LEGACY", "to": "DUAL"}}
 */
public record AuditEntry(OffsetDateTime at, String actor, String action, String target, JsonNode detail) {
}
