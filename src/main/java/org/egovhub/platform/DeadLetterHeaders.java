package org.egovhub.platform;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.egovhub.platform.privacy.Masking;
import org.egovhub.platform.stage.FailureKind;
import org.egovhub.platform.stage.RefusedException;
import org.springframework.stereotype.Component;

/**
 * The hub's one dead-letter convention. A dead letter goes to {@code <original queue>.dlq} and says
 * why ({@code HubFailureCause}, masked), whether for its content or not ({@code HubFailureKind}:
 * {@code refused} or {@code failed}), how often it was tried ({@code HubAttempts}), from where
 * ({@code HubOriginalQueue}) and since when ({@code HubFirstFailureAt}), so an administrator
 * reading the dead-letter queue knows what to fix, and a replay knows where to send it back. As a
 * Camel processor it stamps those headers on a message the error handler is about to dead-letter
 * ({@code onPrepareFailureRef} of the shared {@code hub-errors} route configuration).
 */
@Component("deadLetterHeaders")
public class DeadLetterHeaders implements Processor {

    public static final String CAUSE = "HubFailureCause";
    public static final String KIND = "HubFailureKind";
    public static final String ATTEMPTS = "HubAttempts";
    public static final String ORIGINAL_QUEUE = "HubOriginalQueue";
    public static final String FIRST_FAILURE_AT = "HubFirstFailureAt";
    /** Attempts already made, on a message scheduled for a retry; never on a dead letter (a replay starts afresh). */
    public static final String DELIVERY_ATTEMPTS = "HubDeliveryAttempts";
    /** Why the last attempt of a message scheduled for a retry failed. */
    public static final String LAST_FAILURE = "HubLastFailure";

    /** Exchange property kept by {@link RedeliveryCount}: Camel's own counter header does not survive to the failure. */
    static final String REDELIVERIES = "HubRedeliveries";

    private final Clock clock;

    DeadLetterHeaders(Clock clock) {
        this.clock = clock;
    }

    /** The reason headers of a dead letter that a bean (not the error handler) builds; the cause is masked, as every reason is. */
    public static Map<String, Object> reasons(String cause, int attempts, String originalQueue, String firstFailureAt) {
        Map<String, Object> reasons = new LinkedHashMap<>();
        reasons.put(CAUSE, Masking.mask(cause));
        reasons.put(ATTEMPTS, attempts);
        reasons.put(ORIGINAL_QUEUE, originalQueue);
        reasons.put(FIRST_FAILURE_AT, firstFailureAt);
        return reasons;
    }

    /** {@link #reasons} with the kind. */
    public static Map<String, Object> reasons(FailureKind kind, String cause, int attempts, String originalQueue, String firstFailureAt) {
        Map<String, Object> reasons = reasons(cause, attempts, originalQueue, firstFailureAt);
        reasons.put(KIND, kind.header());
        return reasons;
    }

    /** The dead-letter queue of a queue. */
    public static String deadLetterQueue(String queue) {
        return queue + ".dlq";
    }

    /** The queue a dead-letter queue's messages are replayed to, by the naming rule; {@code null} for a queue that is no dead-letter queue. */
    public static String replayQueue(String deadLetterQueue) {
        return deadLetterQueue.endsWith(".dlq") ? deadLetterQueue.substring(0, deadLetterQueue.length() - ".dlq".length()) : null;
    }

    /** The exception that says what went wrong, below Camel's wrappers (which only say that something did). */
    static Throwable meaningful(Throwable cause) {
        Throwable t = cause;
        while (t != null && t.getCause() != null && t.getCause() != t
                && (t instanceof org.apache.camel.RuntimeCamelException || t instanceof org.apache.camel.TypeConversionException
                        || t instanceof org.apache.camel.InvalidPayloadException)) {
            t = t.getCause();
        }
        return t;
    }

    /** The kind of failure an exception stands for: refused for content the hub cannot read or accept, else failed. */
    public static FailureKind kindOf(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RefusedException || t instanceof org.apache.camel.TypeConversionException
                    || t instanceof com.fasterxml.jackson.core.JsonProcessingException) {
                return FailureKind.REFUSED;
            }
        }
        return FailureKind.FAILED;
    }

    @Override
    public void process(Exchange exchange) {
        Throwable cause = meaningful(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class));
        String reason = cause == null ? "unknown" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        exchange.getMessage().setHeader(CAUSE, Masking.mask(reason));
        exchange.getMessage().setHeader(KIND, kindOf(cause).header());
        int redeliveries = exchange.getProperty(REDELIVERIES, 0, Integer.class);
        exchange.getMessage().setHeader(ATTEMPTS, redeliveries + 1);
        if (exchange.getMessage().getHeader(FIRST_FAILURE_AT) == null) {
            exchange.getMessage().setHeader(FIRST_FAILURE_AT, OffsetDateTime.now(clock).toString());
        }
    }
}
