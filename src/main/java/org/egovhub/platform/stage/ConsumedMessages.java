package org.egovhub.platform.stage;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Route;
import org.apache.camel.component.jms.JmsMessage;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;
import org.apache.camel.support.RoutePolicySupport;
import org.springframework.stereotype.Component;

/**
 * Keeps the JMS message a route consumed (and with it the listener's transacted session) as an
 * exchange property from the first step on, so the send step finds it whatever the stage bean did
 * to the exchange's message: Camel replaces the message when a bean method returns a value. Applied
 * to every route by Camel, which picks up {@link RoutePolicyFactory} beans.
 */
@Component
class ConsumedMessages implements RoutePolicyFactory {

    /** Exchange property holding the consumed {@link JmsMessage}. */
    static final String PROPERTY = "HubConsumedMessage";

    @Override
    public RoutePolicy createRoutePolicy(CamelContext camelContext, String routeId, NamedNode route) {
        // One policy per route: a route policy is a service that Camel shuts down with its context.
        // One static instance shared by every route of every context kept the message for none of
        // them once any context had closed (another test's hub in the same JVM), and the send step
        // then committed the outputs on their own (JmsTransactionIT reproduces it).
        return new RoutePolicySupport() {
            @Override
            public void onExchangeBegin(Route begun, Exchange exchange) {
                if (exchange.getIn() instanceof JmsMessage consumed && exchange.getProperty(PROPERTY) == null) {
                    exchange.setProperty(PROPERTY, consumed);
                }
            }
        };
    }

    /** The JMS message the exchange's route consumed, or {@code null} when it did not start from a queue. */
    static JmsMessage of(Exchange exchange) {
        JmsMessage consumed = exchange.getProperty(PROPERTY, JmsMessage.class);
        if (consumed == null && exchange.getIn() instanceof JmsMessage in) {
            return in;
        }
        return consumed;
    }
}
