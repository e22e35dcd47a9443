package org.egovhub.extranet.channel;

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
public record Target(Type type, String url, String queue, String table, String username, String password) {

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
