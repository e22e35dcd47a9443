package org.egovhub.repost.publish;

/** An item version to publish, travelling on {@code repost.publish}; {@code key()} is the idempotency key. */
public record PublishOrder(String id, int version) {

    public String key() {
        return id + ":" + version;
    }
}
