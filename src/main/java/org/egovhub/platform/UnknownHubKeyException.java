package org.egovhub.platform;

/** A configured {@code hub.} key that no settings record reads. */
public class UnknownHubKeyException extends RuntimeException {

    private final String key;
    private final String value;
    private final String known;

    public UnknownHubKeyException(String key, String value, String known) {
        super("Unknown configuration key " + key);
        this.key = key;
        this.value = value;
        this.known = known;
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }

    public String known() {
        return known;
    }
}
