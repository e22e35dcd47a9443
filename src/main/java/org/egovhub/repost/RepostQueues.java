package org.egovhub.repost;

/** The durable queues between the repost stages; each has its {@code .dlq}. */
public final class RepostQueues {

    /** Detail pages fetched from a source, to extract. */
    public static final String FETCHED = "repost.fetched";
    /** Extracted items, to deduplicate and admit. */
    public static final String EXTRACTED = "repost.extracted";
    /** Admitted or approved item versions, to publish. */
    public static final String PUBLISH = "repost.publish";

    private RepostQueues() {
    }
}
