package org.egovhub.extranet.channel;

/** One of the two lines a record can be delivered on; its name is the queue suffix. */
public enum Path {
    LEGACY, EXTRANET;

    /** {@code legacy} or {@code extranet}, as in queue names and the journal. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
