package org.egovhub.platform.routes;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.egovhub.platform.privacy.Masking;
import org.springframework.stereotype.Component;

/** Remembers each route's last failed exchange (handled by the error policy or not), masked, with its time. */
@Component
class RouteErrors extends EventNotifierSupport {

    private final Map<String, String> lastErrors = new ConcurrentHashMap<>();
    private final Clock clock;

    RouteErrors(Clock clock) {
        this.clock = clock;
        setIgnoreCamelContextEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreStepEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeCompletedEvent(true);
        setIgnoreExchangeSendingEvents(true);
        setIgnoreExchangeSentEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreExchangeAsyncProcessingStartedEvents(true);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.ExchangeFailedEvent || event instanceof CamelEvent.ExchangeFailureHandledEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        Exchange exchange = ((CamelEvent.ExchangeEvent) event).getExchange();
        String routeId = exchange.getFromRouteId();
        if (routeId == null) {
            return;
        }
        Throwable cause = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String what = cause == null ? "failed" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        lastErrors.put(routeId, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS) + " " + Masking.mask(what));
    }

    /** The route's last failure with its time, or null. */
    String lastError(String routeId) {
        return lastErrors.get(routeId);
    }
}
