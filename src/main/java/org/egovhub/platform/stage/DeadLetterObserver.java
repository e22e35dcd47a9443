package org.egovhub.platform.stage;

/**
 * A capability's hook for consumed messages dead-lettered from its queues (a {@link StageResult}
 * that dead-letters its input, or the error handler giving up): it writes the failure into its
 * ledger or journal. Letters a stage builds itself (for one record of a batch, say) are its own
 * business and not announced. An observer must not throw: the letter is sent whatever it does.
 */
public interface DeadLetterObserver {

    /** Whether the letter's original queue is one of this capability's. */
    boolean observes(String originalQueue);

    void deadLettered(DeadLetter letter);
}
