package org.egovhub.platform;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.egovhub.platform.privacy.Masking;
import org.springframework.stereotype.Component;

/**
 * Stamps a message that is about to be dead-lettered with why, how often and from where, so an
 * administrator reading the dead-letter queue knows what to fix and where to replay it. Used by
 * every capability's error-handling route configuration as {@code onPrepareFailureRef}.
 */
@Component("deadLetterHeaders")
public class DeadLetterHeaders implements Processor {

    public static final String CAUSE = "HubFailureCause";
    public static final String ATTEMPTS = "HubAttempts";
    public static final String ORIGINAL_QUEUE = "HubOriginalQueue";
    public static final String FIRST_FAILURE_AT = "HubFirstFailureAt";

    /** Exchange property kept by {@link RedeliveryCount}: Camel's own counter header does not survive to the failure. */
    static final String REDELIVERIES = "HubRedeliveries";

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /**
     * The reason headers of a dead letter that a bean (not the error handler) sends: the cause is
     * masked, as every reason is.
     */
    public static java.util.Map<String, Object> reasons(String cause, int attempts, String originalQueue, String firstFailureAt) {
        java.util.Map<String, Object> reasons = new java.util.LinkedHashMap<>();
        reasons.put(CAUSE, Masking.mask(cause));
        reasons.put(ATTEMPTS, attempts);
        reasons.put(ORIGINAL_QUEUE, originalQueue);
        reasons.put(FIRST_FAILURE_AT, firstFailureAt == null ? now() : firstFailureAt);
        return reasons;
    }

    /** Now in the hub's time zone, as the headers carry it. */
    public static String now() {
        return OffsetDateTime.now(SHANGHAI).toString();
    }

    @Override
    public void process(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String reason = cause == null ? "unknown" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        exchange.getMessage().setHeader(CAUSE, Masking.mask(reason));
        int redeliveries = exchange.getProperty(REDELIVERIES, 0, Integer.class);
        exchange.getMessage().setHeader(ATTEMPTS, redeliveries + 1);
        if (exchange.getMessage().getHeader(ORIGINAL_QUEUE) == null) {
            exchange.getMessage().setHeader(ORIGINAL_QUEUE, originalQueue(exchange));
        }
        if (exchange.getMessage().getHeader(FIRST_FAILURE_AT) == null) {
            exchange.getMessage().setHeader(FIRST_FAILURE_AT, now());
        }
    }

    private static String originalQueue(Exchange exchange) {
        Object destination = exchange.getMessage().getHeader("JMSDestination");
        if (destination instanceof jakarta.jms.Queue queue) {
            try {
                return queue.getQueueName();
            } catch (jakarta.jms.JMSException e) {
                return String.valueOf(destination);
            }
        }
        String from = exchange.getFromEndpoint() == null ? "unknown" : exchange.getFromEndpoint().getEndpointUri();
        return from;
    }
}
