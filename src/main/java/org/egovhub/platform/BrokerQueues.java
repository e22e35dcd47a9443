package org.egovhub.platform;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.stereotype.Service;

/**
 * The broker's queues as administrators need them: listed with their depth, and dead-lettered
 * messages moved back to the queue they failed on. Works the same on the embedded and on a
 * standalone broker, through Artemis management messages over JMS.
 */
@Service
public class BrokerQueues {

    private static final String MANAGEMENT_ADDRESS = "activemq.management";
    private static final long REPLY_TIMEOUT_MS = 5000;

    private final ConnectionFactory connectionFactory;
    private final java.time.Clock clock;

    BrokerQueues(ConnectionFactory connectionFactory, java.time.Clock clock) {
        this.clock = clock;
        // A caching factory keeps consumers open after close(); a replay consumer left open would
        // hold back the messages that return to the dead-letter queue.
        this.connectionFactory = connectionFactory instanceof CachingConnectionFactory caching
                ? caching.getTargetConnectionFactory() : connectionFactory;
    }

    /** Every hub queue (internal broker queues left out), sorted by name. */
    public List<QueueInfo> list() {
        try (Connection connection = connectionFactory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            connection.start();
            Object[] names = (Object[]) invoke(session, ResourceNames.BROKER, "getQueueNames");
            List<QueueInfo> queues = new ArrayList<>();
            for (Object name : names) {
                String queue = String.valueOf(name);
                if (queue.startsWith("activemq.") || queue.startsWith("$") || isTemporary(queue)) {
                    continue;
                }
                long messages = ((Number) attribute(session, ResourceNames.QUEUE + queue, "messageCount")).longValue();
                int consumers = ((Number) attribute(session, ResourceNames.QUEUE + queue, "consumerCount")).intValue();
                queues.add(new QueueInfo(queue, messages, consumers));
            }
            Collections.sort(queues, (a, b) -> a.name().compareTo(b.name()));
            return queues;
        } catch (JMSException e) {
            throw new BrokerUnavailableException("Cannot list the broker's queues", e);
        }
    }

    /**
     * Moves every message of a dead-letter queue back to the queue it failed on (its
     * {@code HubOriginalQueue} header, else {@code fallbackQueue}), one transaction per message.
     * Messages that arrive during the replay, including replayed ones that fail again, stay.
     *
     * @return how many messages were moved
     */
    public int replay(String deadLetterQueue, String fallbackQueue) {
        int moved = 0;
        try (Connection connection = connectionFactory.createConnection()) {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            Queue queue = session.createQueue(deadLetterQueue);
            connection.start();
            // Only the messages there now: a replayed message that fails again comes back, and
            // must wait for the next replay rather than loop.
            int present = Collections.list(session.createBrowser(queue).getEnumeration()).size();
            MessageConsumer consumer = session.createConsumer(queue);
            for (Message message = present > 0 ? consumer.receive(2000) : null; message != null;
                    message = moved < present ? consumer.receive(2000) : null) {
                String target = message.getStringProperty(DeadLetterHeaders.ORIGINAL_QUEUE);
                if (target == null || target.isBlank() || target.contains(":")) {
                    target = fallbackQueue;
                }
                Message copy = copy(session, message);
                copy.setStringProperty("HubReplayedAt", OffsetDateTime.now(clock).toString());
                try (MessageProducer producer = session.createProducer(session.createQueue(target))) {
                    producer.send(copy);
                }
                session.commit();
                moved++;
            }
            return moved;
        } catch (JMSException e) {
            throw new BrokerUnavailableException("Replay of " + deadLetterQueue + " stopped after " + moved + " messages", e);
        }
    }

    private static Message copy(Session session, Message original) throws JMSException {
        Message copy;
        if (original instanceof TextMessage text) {
            copy = session.createTextMessage(text.getText());
        } else if (original instanceof BytesMessage bytes) {
            byte[] body = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(body);
            BytesMessage out = session.createBytesMessage();
            out.writeBytes(body);
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
