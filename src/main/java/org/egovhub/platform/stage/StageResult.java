package org.egovhub.platform.stage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What a stage bean answers for the message it consumed: the messages to send on, and what becomes of
 * the input itself. The platform's send step ({@link StageSender#send}) sends all of it in the
 * consumed message's own JMS transaction, so input and outputs commit together. For example
 * <pre>{@code
 * StageResult.send("repost.extracted", item)             // go on
 * StageResult.none()                                      // nothing to send (a repeat, say)
 * StageResult.deadLetter(FailureKind.REFUSED, "no title") // the input to <its queue>.dlq
 * StageResult.retry(Duration.ofSeconds(4), "HTTP 503")    // the input again, in 4 s
 * }</pre>
 *
 * @param outgoing the messages to send
 * @param input what becomes of the consumed message
 */
public record StageResult(List<Outgoing> outgoing, Input input) {

    /** What becomes of the consumed message. */
    public sealed interface Input {
    }

    /** Acknowledged with the sends: the normal case. */
    public record Done() implements Input {
    }

    /**
     * Moved to {@code <its queue>.dlq} with the reason headers; {@code attempts} counts the tries made
     * ({@code null}: one more than the retries its headers count).
     */
    public record DeadLetter(FailureKind kind, String reason, Integer attempts) implements Input {
    }

    /**
     * Sent again to its own queue, kept back for {@code after}; {@code counted} adds one to its
     * attempts (a failed try), else its attempts stay as they are (it waited for a target that is down).
     */
    public record Retry(Duration after, String reason, boolean counted) implements Input {
    }

    private static final Done DONE = new Done();

    public StageResult {
        outgoing = List.copyOf(outgoing);
    }

    public static StageResult none() {
        return new StageResult(List.of(), DONE);
    }

    public static StageResult send(String queue, Object body) {
        return of(List.of(Outgoing.to(queue, body)));
    }

    public static StageResult of(Collection<Outgoing> outgoing) {
        return new StageResult(List.copyOf(outgoing), DONE);
    }

    public static StageResult deadLetter(FailureKind kind, String reason) {
        return new StageResult(List.of(), new DeadLetter(kind, reason, null));
    }

    /** Dead-letters the input after {@code attempts} tries (the error handler's count). */
    public static StageResult deadLetter(FailureKind kind, String reason, int attempts) {
        return new StageResult(List.of(), new DeadLetter(kind, reason, attempts));
    }

    public static StageResult retry(Duration after, String reason) {
        return new StageResult(List.of(), new Retry(after, reason, true));
    }

    /** The input again after {@code after}, its attempts untouched: it was not tried (its target is down). */
    public static StageResult later(Duration after, String reason) {
        return new StageResult(List.of(), new Retry(after, reason, false));
    }

    /** This result with one more message to send. */
    public StageResult and(Outgoing message) {
        List<Outgoing> more = new ArrayList<>(outgoing);
        more.add(message);
        return new StageResult(more, input);
    }

    /** This result with one more message to send. */
    public StageResult and(String queue, Object body) {
        return and(Outgoing.to(queue, body));
    }
}
