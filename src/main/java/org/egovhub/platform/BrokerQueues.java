package org.egovhub.platform;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.springframework.stereotype.Service;

/**
 * The broker's queues, read and changed at the level of messages: listed with their counters,
 * browsed, messages removed or moved by selector. Policy (which queue a dead letter goes back to,
 * masking, audit) is {@code org.egovhub.platform.queues.QueueService}'s. Works the same on the embedded and on a
 * standalone broker, through Artemis management messages over JMS.
 */
@Service
public class BrokerQueues {

    /** Where the broker itself parks a message that failed too many deliveries. */
    public static final String POISON_QUEUE = EmbeddedBrokerConfiguration.POISON_ADDRESS;

    private static final String MANAGEMENT_ADDRESS = "activemq.management";
    private static final long REPLY_TIMEOUT_MS = 5000;
    private static final long RECEIVE_TIMEOUT_MS = 2000;

    private final ConnectionFactory connectionFactory;
    private final Clock clock;

    BrokerQueues(ConnectionFactory connectionFactory, Clock clock) {
        this.clock = clock;
        // A caching factory keeps consumers open after close(); a replay consumer left open would
        // hold back the messages that return to the dead-letter queue.
        this.connectionFactory = BrokerConnectionFactories.unwrapped(connectionFactory);
    }

    /** Every hub queue (internal broker queues left out), sorted by name. */
    public List<QueueInfo> list() {
        try (Connection connection = connectionFactory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            connection.start();
            List<QueueInfo> queues = new ArrayList<>();
            for (String queue : names(session)) {
                long messages = ((Number) attribute(session, ResourceNames.QUEUE + queue, "messageCount")).longValue();
                int consumers = ((Number) attribute(session, ResourceNames.QUEUE + queue, "consumerCount")).intValue();
                queues.add(new QueueInfo(queue, messages, consumers));
            }
            return queues;
        } catch (JMSException e) {
            throw new BrokerUnavailableException("Cannot list the broker's queues", e);
        }
    }

    /** The names of every hub queue (internal broker queues left out), sorted. */
    public List<String> names() {
        try (Connection connection = connectionFactory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            connection.start();
            return names(session);
        } catch (JMSException e) {
            throw new BrokerUnavailableException("Cannot list the broker's queues", e);
        }
    }

    /** Whether the broker has this queue (asking never creates it). */
    public boolean exists(String queue) {
        return names().contains(queue);
    }

    /**
     * The named numeric attributes of every hub queue, asked through management messages, e.g.
     * {@code attributes(List.of("messageCount", "consumerCount"))}.
     *
     * @return queue name to attribute name to value, sorted by queue name
     */
    public Map<String, Map<String, Long>> attributes(List<String> attributeNames) {
        try (Connection connection = connectionFactory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            connection.start();
            Map<String, Map<String, Long>> all = new TreeMap<>();
            for (String queue : names(session)) {
                Map<String, Long> values = new LinkedHashMap<>();
                for (String attribute : attributeNames) {
                    values.put(attribute, ((Number) attribute(session, ResourceNames.QUEUE + queue, attribute)).longValue());
                }
                all.put(queue, values);
            }
            return all;
        } catch (JMSException e) {
            throw new BrokerUnavailableException("Cannot read the broker's queues", e);
        }
    }

    /** One message as a browser sees it: its JMS id, time, properties and body as text. */
    public record Browsed(String id, long timestamp, Map<String, Object> properties, String body) {
    }

    /**
     * Browses a queue without taking anything off it: the messages matching {@code selector}
     * (null for all) after the first {@code skip}, at most {@code max}. There is no cap on the
     * depth: the browser walks the whole queue if need be.
     */
    public List<Browsed> browse(String queue, String selector, long skip, int max) {
        try (Connection connection = connectionFactory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            connection.start();
            List<Browsed> page = new ArrayList<>();
            try (QueueBrowser browser = session.createBrowser(session.createQueue(queue), selector)) {
                java.util.Enumeration<?> messages = browser.getEnumeration();
                for (long seen = 0; messages.hasMoreElements() && page.size() < max; seen++) {
                    Message message = (Message) messages.nextElement();
                    if (seen >= skip) {
                        page.add(browsed(message));
                    }
                }
            }
            return page;
        } catch (JMSException e) {
            throw new BrokerUnavailableException("Cannot browse " + queue, e);
        }
    }

    /**
     * What a {@link #scan} found.
     *
     * @param kept the messages the test kept, in queue order
     * @param read how many messages were read
     * @param complete whether the scan reached the end of the queue (else it stopped at its limit)
     */
    public record Scan(List<Browsed> kept, long read, boolean complete) {
    }

    /**
     * Reads the messages matching {@code selector} (null for all) in order without taking them,
     * at most {@code limit}, and keeps those {@code keep} accepts (at most {@code maxKept}); the
     * others are not held in memory, so a deep queue of large messages costs only the reading.
     */
    public Scan scan(String queue, String selector, long limit, java.util.function.Predicate<Browsed> keep, int maxKept) {
        try (Connection connection = connectionFactory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            connection.start();
            List<Browsed> kept = new ArrayList<>();
            long read = 0;
            try (QueueBrowser browser = session.createBrowser(session.createQueue(queue), selector)) {
                java.util.Enumeration<?> messages = browser.getEnumeration();
                while (read < limit && kept.size() < maxKept && messages.hasMoreElements()) {
                    Browsed message = browsed((Message) messages.nextElement());
                    read++;
                    if (keep.test(message)) {
                        kept.add(message);
                    }
                }
                return new Scan(kept, read, !messages.hasMoreElements());
            }
        } catch (JMSException e) {
            throw new BrokerUnavailableException("Cannot browse " + queue, e);
        }
    }

    /** How many messages of the queue match the selector (null for all) now. */
    public long count(String queue, String selector) {
        try (Connection connection = connectionFactory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            connection.start();
            return count(session, session.createQueue(queue), selector);
        } catch (JMSException e) {
            throw new BrokerUnavailableException("Cannot browse " + queue, e);
        }
    }

    /** Removes the messages of the queue that match the selector and are there now; returns how many. */
    public int remove(String queue, String selector) {
        int removed = 0;
        try (Connection connection = connectionFactory.createConnection()) {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            Queue source = session.createQueue(queue);
            connection.start();
            long present = count(session, source, selector);
            try (MessageConsumer consumer = session.createConsumer(source, selector)) {
                while (removed < present && consumer.receive(RECEIVE_TIMEOUT_MS) != null) {
                    session.commit();
                    removed++;
                }
            }
            return removed;
        } catch (JMSException e) {
            throw new BrokerUnavailableException("Removal from " + queue + " stopped after " + removed + " messages", e);
        }
    }

    /**
     * Moves the messages of a queue that match the selector (null for all) and are there now to the
     * queue {@code target} names for each, stamped with {@code stamp}, one transaction per message:
     * a message is on exactly one of the two queues at any time. Messages that arrive during the
     * move, including moved ones that fail again and come back, stay for the next move.
     *
     * @return how many messages were moved
     */
    public int move(String queue, String selector, Function<Message, String> target, Map<String, String> stamp) {
        return transfer(queue, selector, target, stamp, null);
    }

    /**
     * Moves the messages of a queue that match the selector to {@code target} as {@link #move}
     * does, but with {@code body} as their text instead of their own (a corrected record in place
     * of a refused one), properties kept, stamped with {@code stamp}.
     *
     * @return how many messages were moved
     */
    public int moveWithBody(String queue, String selector, String target, String body, Map<String, String> stamp) {
        return transfer(queue, selector, m -> target, stamp, body);
    }

    private int transfer(String queue, String selector, Function<Message, String> target, Map<String, String> stamp, String body) {
        int moved = 0;
        try (Connection connection = connectionFactory.createConnection()) {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            Queue source = session.createQueue(queue);
            connection.start();
            long present = count(session, source, selector);
            try (MessageConsumer consumer = session.createConsumer(source, selector)) {
                for (Message message = present > 0 ? consumer.receive(RECEIVE_TIMEOUT_MS) : null; message != null;
                        message = moved < present ? consumer.receive(RECEIVE_TIMEOUT_MS) : null) {
                    Message copy = copy(session, message, body);
                    for (Map.Entry<String, String> header : stamp.entrySet()) {
                        copy.setStringProperty(header.getKey(), header.getValue());
                    }
                    try (MessageProducer producer = session.createProducer(session.createQueue(target.apply(message)))) {
                        producer.send(copy);
                    }
                    session.commit();
                    moved++;
                }
            }
            return moved;
        } catch (JMSException e) {
            throw new BrokerUnavailableException("Move from " + queue + " stopped after " + moved + " messages", e);
        }
    }

    /**
     * Moves every message of a dead-letter queue back to the queue it failed on (its
     * {@code HubOriginalQueue} header, else {@code fallbackQueue}).
     *
     * @return how many messages were moved
     * For tests and tools: administrators replay through {@code org.egovhub.platform.queues.QueueService},
     * which applies the one replay rule, skips refused dead letters and audits.
     */
    public int replay(String deadLetterQueue, String fallbackQueue) {
        return move(deadLetterQueue, null, message -> {
            try {
                String target = message.getStringProperty(DeadLetterHeaders.ORIGINAL_QUEUE);
                return target == null || target.isBlank() || target.contains(":") ? fallbackQueue : target;
            } catch (JMSException e) {
                return fallbackQueue;
            }
        }, Map.of("HubReplayedAt", OffsetDateTime.now(clock).toString()));
    }

    private List<String> names(Session session) throws JMSException {
        Object[] names = (Object[]) invoke(session, ResourceNames.BROKER, "getQueueNames");
        List<String> queues = new ArrayList<>();
        for (Object name : names) {
            String queue = String.valueOf(name);
            if (!queue.startsWith("activemq.") && !queue.startsWith("$") && !isTemporary(queue)) {
                queues.add(queue);
            }
        }
        Collections.sort(queues);
        return queues;
    }

    private static long count(Session session, Queue queue, String selector) throws JMSException {
        long count = 0;
        try (QueueBrowser browser = session.createBrowser(queue, selector)) {
            for (java.util.Enumeration<?> messages = browser.getEnumeration(); messages.hasMoreElements(); messages.nextElement()) {
                count++;
            }
        }
        return count;
    }

    private static Browsed browsed(Message message) throws JMSException {
        Map<String, Object> properties = new TreeMap<>();
        for (Object name : Collections.list(message.getPropertyNames())) {
            String key = (String) name;
            if (!key.startsWith("_AMQ")) {
                properties.put(key, message.getObjectProperty(key));
            }
        }
        String body;
        if (message instanceof TextMessage text) {
            body = text.getText();
        } else if (message instanceof BytesMessage bytes) {
            byte[] content = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(content);
            body = new String(content, java.nio.charset.StandardCharsets.UTF_8);
        } else {
            body = "(" + message.getClass().getSimpleName() + ")";
        }
        return new Browsed(message.getJMSMessageID(), message.getJMSTimestamp(), properties, body);
    }

    private static Message copy(Session session, Message original, String body) throws JMSException {
        Message copy;
        if (body != null) {
            copy = session.createTextMessage(body);
        } else if (original instanceof TextMessage text) {
            copy = session.createTextMessage(text.getText());
        } else if (original instanceof BytesMessage bytes) {
            byte[] content = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(content);
            BytesMessage out = session.createBytesMessage();
            out.writeBytes(content);
            copy = out;
        } else {
            throw new JMSException("Cannot replay a " + original.getClass().getSimpleName());
        }
        for (Object name : Collections.list(original.getPropertyNames())) {
            String key = (String) name;
            if (!key.startsWith("JMSX") && !key.startsWith("_AMQ")) {
                copy.setObjectProperty(key, original.getObjectProperty(key));
            }
        }
        copy.setJMSCorrelationID(original.getJMSCorrelationID());
        copy.setJMSType(original.getJMSType());
        return copy;
    }

    private static boolean isTemporary(String queue) {
        return queue.matches("[0-9a-f]{8}-[0-9a-f]{4}-.*");
    }

    private Object attribute(Session session, String resource, String attribute) throws JMSException {
        Message request = session.createMessage();
        try {
            JMSManagementHelper.putAttribute(request, resource, attribute);
        } catch (Exception e) {
            throw new JMSException("Cannot build management request " + attribute + ": " + e.getMessage());
        }
        return request(session, request);
    }

    private Object invoke(Session session, String resource, String operation) throws JMSException {
        Message request = session.createMessage();
        try {
            JMSManagementHelper.putOperationInvocation(request, resource, operation);
        } catch (Exception e) {
            throw new JMSException("Cannot build management request " + operation + ": " + e.getMessage());
        }
        return request(session, request);
    }

    private Object request(Session session, Message request) throws JMSException {
        TemporaryQueue replies = session.createTemporaryQueue();
        try (MessageProducer producer = session.createProducer(session.createQueue(MANAGEMENT_ADDRESS));
                MessageConsumer consumer = session.createConsumer(replies)) {
            request.setJMSReplyTo(replies);
            producer.send(request);
            Message reply = consumer.receive(REPLY_TIMEOUT_MS);
            if (reply == null) {
                throw new JMSException("No answer from the broker's management address within " + REPLY_TIMEOUT_MS + " ms");
            }
            Object result;
            try {
                result = JMSManagementHelper.getResult(reply);
            } catch (Exception e) {
                throw new JMSException("Unreadable management answer: " + e.getMessage());
            }
            if (!JMSManagementHelper.hasOperationSucceeded(reply)) {
                throw new JMSException("Broker management refused: " + result);
            }
            return result;
        } finally {
            replies.delete();
        }
    }
}
