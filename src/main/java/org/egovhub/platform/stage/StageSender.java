package org.egovhub.platform.stage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.component.jms.JmsEndpoint;
import org.apache.camel.component.jms.JmsMessage;
import org.egovhub.platform.DeadLetterHeaders;
import org.egovhub.platform.privacy.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.egovhub.platform.BrokerConnectionFactories;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

/**
 * The platform's one send step. In a route, {@link #send} sends what the stage bean answered (a
 * {@link StageResult}) in the JMS transaction of the message the route consumed, so the input and
 * everything it caused commit together: a crash or a rollback before the commit leaves neither, and
 * the redelivered input sends nothing twice. A plain {@code to: jms:} step would commit each send on
 * its own (JmsTransactionIT shows the copy a rollback then leaves); no route uses one.
 *
 * <p>Outside a route (an API call, a timer poll) {@link #sendAll} sends a list of messages in one
 * transaction of its own.
 */
@Component("stageSender")
public class StageSender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StageSender.class);

    /** Artemis's scheduled delivery time, epoch milliseconds (Message.HDR_SCHEDULED_DELIVERY_TIME). */
    static final String SCHEDULED_DELIVERY = "_AMQ_SCHED_DELIVERY";

    private final ObjectMapper json;
    private final JmsTemplate jms;
    private final CachingConnectionFactory ownConnection;
    private final Clock clock;
    private final List<DeadLetterObserver> observers;

    StageSender(ObjectMapper json, ConnectionFactory connectionFactory, Clock clock, List<DeadLetterObserver> observers) {
        this.json = json;
        this.clock = clock;
        this.observers = observers;
        // A connection of its own for sendAll, from a factory of its own: the shared connection is also
        // the listener containers', and while the broker is away they queue on it (and on the Artemis
        // factory's lock) to reconnect, one after another; an API call (ingest) sending behind them
        // waited 18 to 26 s (3 to 8 s with a connection but not a factory of its own) before it
        // could answer 503.
        this.ownConnection = new CachingConnectionFactory(BrokerConnectionFactories.separate(connectionFactory));
        this.ownConnection.setReconnectOnException(true);
        this.jms = new JmsTemplate(ownConnection);
        this.jms.setSessionTransacted(true);
    }

    @Override
    public void destroy() {
        ownConnection.destroy();
    }

    /** Route step: sends the body, a {@link StageResult} (or nothing), in the consumed message's transaction. */
    public void send(Exchange exchange) throws JMSException {
        Object body = exchange.getMessage().getBody();
        if (body == null) {
            return;
        }
        if (!(body instanceof StageResult result)) {
            throw new IllegalStateException("Route " + exchange.getFromRouteId() + ": the step before the send step answered a "
                    + body.getClass().getSimpleName() + ", not a StageResult");
        }
        JmsMessage consumed = ConsumedMessages.of(exchange);
        Session session = consumed == null ? null : consumed.getJmsSession();
        if (session == null || !session.getTransacted()) {
            if (exchange.getFromEndpoint() instanceof JmsEndpoint) {
                // Sending in a transaction of its own here would commit the outputs before the input:
                // a rollback of the input would leave them, and its redelivery would send them again.
                throw new IllegalStateException("Route " + exchange.getFromRouteId() + " consumed a queue message but "
                        + (consumed == null ? "the consumed message was not kept" : "its session is not transacted")
                        + "; nothing sent, the input is not committed");
            }
            if (!(result.input() instanceof StageResult.Done)) {
                throw new IllegalStateException("Route " + exchange.getFromRouteId()
                        + " did not consume a queue message in a transaction; it cannot dead-letter or retry its input");
            }
            sendAll(result.outgoing());
            return;
        }
        List<Outgoing> all = new ArrayList<>(result.outgoing());
        Outgoing fate = fateOf(consumed.getJmsMessage(), result.input());
        if (fate != null) {
            all.add(fate);
        }
        send(session, all);
    }

    /** Sends the messages in one transaction of their own (for callers outside a route). */
    public void sendAll(List<Outgoing> messages) {
        if (messages.isEmpty()) {
            return;
        }
        jms.execute(session -> {
            send(session, messages);
            session.commit();
            return null;
        }, true);
    }

    private void send(Session session, List<Outgoing> messages) throws JMSException {
        try (MessageProducer producer = session.createProducer(null)) {
            for (Outgoing message : messages) {
                producer.send(session.createQueue(message.queue()), jms(session, message));
            }
        }
    }

    private TextMessage jms(Session session, Outgoing message) throws JMSException {
        TextMessage text = session.createTextMessage(text(message.body()));
        for (Map.Entry<String, Object> header : message.headers().entrySet()) {
            Object value = header.getValue();
            text.setObjectProperty(header.getKey(),
                    value instanceof String || value instanceof Number || value instanceof Boolean ? value : String.valueOf(value));
        }
        if (message.deliverAt() != null) {
            text.setLongProperty(SCHEDULED_DELIVERY, message.deliverAt().toEpochMilli());
        }
        return text;
    }

    private String text(Object body) {
        if (body == null || body instanceof String) {
            return (String) body;
        }
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write a " + body.getClass().getSimpleName() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The consumed message again, dead-lettered or scheduled for a retry; {@code null} when it is simply done. */
    private Outgoing fateOf(Message consumed, StageResult.Input input) throws JMSException {
        if (input instanceof StageResult.Done) {
            return null;
        }
        String queue = ((Queue) consumed.getJMSDestination()).getQueueName();
        String body = consumed instanceof TextMessage text ? text.getText() : consumed.getBody(String.class);
        Map<String, Object> headers = properties(consumed);
        String firstFailure = (String) headers.getOrDefault(DeadLetterHeaders.FIRST_FAILURE_AT, now());
        int attempts = attempts(headers) + 1;
        if (input instanceof StageResult.Retry retry) {
            headers.put(DeadLetterHeaders.DELIVERY_ATTEMPTS, retry.counted() ? attempts : attempts - 1);
            headers.put(DeadLetterHeaders.FIRST_FAILURE_AT, firstFailure);
            headers.put(DeadLetterHeaders.LAST_FAILURE, Masking.mask(retry.reason()));
            return new Outgoing(queue, body, headers, Instant.now(clock).plus(retry.after()));
        }
        StageResult.DeadLetter letter = (StageResult.DeadLetter) input;
        String original = original(queue, headers);
        headers.remove(DeadLetterHeaders.DELIVERY_ATTEMPTS);
        headers.putAll(DeadLetterHeaders.reasons(letter.kind(), letter.reason(), letter.attempts() == null ? attempts : letter.attempts(),
                original, firstFailure));
        announce(new DeadLetter(original, body, Collections.unmodifiableMap(headers), letter.kind(), Masking.mask(letter.reason())));
        return new Outgoing(original + ".dlq", body, headers, null);
    }

    /** A message consumed from a dead-letter queue (a replay that failed again) goes back to the same one. */
    private static String original(String queue, Map<String, Object> headers) {
        Object original = headers.get(DeadLetterHeaders.ORIGINAL_QUEUE);
        return queue.endsWith(".dlq") && original != null ? original.toString() : queue;
    }

    private static int attempts(Map<String, Object> headers) {
        Object attempts = headers.get(DeadLetterHeaders.DELIVERY_ATTEMPTS);
        return attempts == null ? 0 : Integer.parseInt(attempts.toString());
    }

    private void announce(DeadLetter letter) {
        for (DeadLetterObserver observer : observers) {
            if (observer.observes(letter.originalQueue())) {
                try {
                    observer.deadLettered(letter);
                } catch (RuntimeException e) {
                    log.warn("Dead letter from {} not recorded by {}: {}", letter.originalQueue(), observer.getClass().getSimpleName(),
                            Masking.mask(String.valueOf(e.getMessage())));
                }
            }
        }
    }

    private String now() {
        return OffsetDateTime.now(clock).toString();
    }

    private static Map<String, Object> properties(Message message) throws JMSException {
        Map<String, Object> headers = new LinkedHashMap<>();
        for (Object name : Collections.list(message.getPropertyNames())) {
            String key = (String) name;
            if (!key.startsWith("JMSX") && !key.startsWith("_AMQ") && !key.startsWith("JMS_")) {
                headers.put(key, message.getObjectProperty(key));
            }
        }
        return headers;
    }
}
