package org.egovhub.platform;

import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.jms.JmsMessage;
import org.springframework.stereotype.Component;

/**
 * Sends messages in the JMS transaction of the message a route consumes, so that they and the
 * consumed message commit together: a crash or a rollback before the commit leaves neither, and
 * the input is redelivered without a copy of what it had sent already.
 *
 * <p>A plain {@code to: jms:queue:...} step does not do this here: Camel's producer sends through
 * its own session and commits at once (JmsTransactionTest shows the copy a rollback leaves). That
 * is safe (nothing is lost, the input is acknowledged after the send) but repeats the send when the
 * input is redelivered, and costs a commit per send.
 *
 * <p>The body is a list of messages, each naming its queue in the header {@code HubNextQueue}; the
 * body of each is sent as text, its other headers as JMS properties (strings and numbers). The
 * steps before must leave the consumed JMS message in place: a bean method that returns a value
 * has Camel replace the message (and lose the session), so the beans feeding this one set the body
 * on {@code exchange.getMessage()} and return nothing.
 */
@Component("consumerTransaction")
public class ConsumerTransaction {

    /** Header of each outgoing message: the queue it goes to. */
    public static final String NEXT_QUEUE = "HubNextQueue";

    /** Sends every message of the body within the consumed message's transaction. */
    public void sendAll(Exchange exchange) throws JMSException {
        List<?> outgoing = exchange.getMessage().getBody(List.class);
        if (outgoing == null || outgoing.isEmpty()) {
            return;
        }
        Session session = session(exchange);
        try (MessageProducer producer = session.createProducer(null)) {
            for (Object item : outgoing) {
                Message message = (Message) item;
                String queue = message.getHeader(NEXT_QUEUE, String.class);
                if (queue == null || queue.isBlank()) {
                    throw new IllegalArgumentException("An outgoing message names no queue in " + NEXT_QUEUE);
                }
                producer.send(session.createQueue(queue), jms(session, message));
            }
        }
    }

    private static Session session(Exchange exchange) {
        if (exchange.getIn() instanceof JmsMessage consumed && consumed.getJmsSession() != null) {
            Session session = consumed.getJmsSession();
            try {
                if (session.getTransacted()) {
                    return session;
                }
            } catch (JMSException e) {
                throw new IllegalStateException("The consumer's JMS session is unusable: " + e.getMessage(), e);
            }
        }
        throw new IllegalStateException("Route " + exchange.getFromRouteId()
                + " has no transacted JMS session to send in (its message is a " + exchange.getIn().getClass().getSimpleName()
                + "): it must consume from a transacted jms: endpoint, and no step before may replace the consumed message");
    }

    private static TextMessage jms(Session session, Message message) throws JMSException {
        TextMessage text = session.createTextMessage(message.getBody(String.class));
        for (Map.Entry<String, Object> header : message.getHeaders().entrySet()) {
            Object value = header.getValue();
            if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                text.setObjectProperty(header.getKey(), value);
            }
        }
        return text;
    }
}
