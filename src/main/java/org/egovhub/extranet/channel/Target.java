package org.egovhub.extranet.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Where one path of a channel delivers: an HTTP(S) endpoint, a queue on a remote Artemis broker or a
 * table of an exchange database (前置库).
 *
 * @param type http, queue or table
 * @param url the HTTP URL, the broker URL (tcp://host:61616) or the JDBC URL
 * @param queue the remote queue, for type queue
 * @param table the exchange table, for type table
 * @param username user towards the target (may be ${ENV_VAR})
 * @param password password towards the target, given as ${ENV_VAR}
 */
@FitsType
public record Target(
        @NotNull Type type,
        @NotBlank String url,
        String queue,
        @Pattern(regexp = "[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?",
                message = "must be a plain table name (letters, digits and _, or schema.table)") String table,
        String username,
        String password) {

    /** The kinds of target. */
    public enum Type { HTTP, QUEUE, TABLE }

    /** Where it goes, without credentials, for pages and logs. */
    public String describe() {
        return switch (type) {
            case HTTP -> url;
            case QUEUE -> queue + " @ " + url;
            case TABLE -> table + " @ " + url.replaceAll("(?i)password=[^&;]*", "password=****");
        };
    }

    @Override
    public String toString() {
        return type + " " + describe();
    }
}
