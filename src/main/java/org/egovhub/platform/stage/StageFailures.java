package org.egovhub.platform.stage;

import org.apache.camel.Exchange;
import org.egovhub.platform.DeadLetterHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The error handler's last word on a message a stage could not handle at all (an exception the
 * stage bean did not turn into a result, after Camel's few quick retries): the shared
 * {@code hub-dead-letter} route dead-letters the consumed message through the send step, in its
 * transaction, with the headers {@link DeadLetterHeaders} stamped.
 */
@Component("stageFailures")
public class StageFailures {

    private static final Logger log = LoggerFactory.getLogger(StageFailures.class);

    /** The dead letter of the exchange's consumed message. */
    public StageResult deadLetter(Exchange exchange) {
        String cause = exchange.getMessage().getHeader(DeadLetterHeaders.CAUSE, "unknown", String.class);
        FailureKind kind = FailureKind.ofHeader(exchange.getMessage().getHeader(DeadLetterHeaders.KIND));
        int attempts = exchange.getMessage().getHeader(DeadLetterHeaders.ATTEMPTS, 1, Integer.class);
        if (ConsumedMessages.of(exchange) == null) {
            log.warn("Route {} failed and has no queue message to dead-letter: {}", exchange.getFromRouteId(), cause);
            return null;
        }
        log.warn("Route {}: message dead-lettered ({}) after {} attempt(s): {}", exchange.getFromRouteId(), kind.header(), attempts, cause);
        return StageResult.deadLetter(kind, cause, attempts);
    }
}
