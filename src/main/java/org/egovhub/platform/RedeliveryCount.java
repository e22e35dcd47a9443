package org.egovhub.platform;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/**
 * Remembers how often an exchange was redelivered, for {@link DeadLetterHeaders}. Used by every
 * error-handling route configuration as {@code onRedeliveryRef}.
 */
@Component("redeliveryCount")
public class RedeliveryCount implements Processor {

    @Override
    public void process(Exchange exchange) {
        Integer counter = exchange.getIn().getHeader(Exchange.REDELIVERY_COUNTER, Integer.class);
        if (counter != null) {
            exchange.setProperty(DeadLetterHeaders.REDELIVERIES, counter);
        }
    }
}
