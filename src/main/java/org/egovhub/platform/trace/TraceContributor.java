package org.egovhub.platform.trace;

/**
 * What one capability knows of a record, from its own ledger or journal tables. Each capability
 * implements it once; the trace service never reads their tables itself.
 */
public interface TraceContributor {

    /**
     * The records of this capability that {@code query} names (exactly, or as the capability
     * documents), what was searched, and the queues where such a record may wait now.
     *
     * @param query trimmed, not empty
     */
    Trace trace(String query);
}
