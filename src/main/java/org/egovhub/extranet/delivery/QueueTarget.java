package org.egovhub.extranet.delivery;

import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.egovhub.extranet.channel.Target;
import org.egovhub.extranet.delivery.Deliveries.Item;
import org.springframework.jms.JmsException;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.core.JmsTemplate;

/**
 * Sends records, persistent, to a queue on a remote Artemis broker with the duplicate-detection id
 * {@code _AMQ_DUPL_ID} set to the stable id, so the broker drops a repeat.
 *
 * <p>A batch goes in one transaction: one commit, one disk sync on the remote broker. Artemis
 * refuses a whole transaction that holds one duplicate, so when the transaction fails the batch is
 * sent again one message at a time, where the broker drops each repeat on its own. The broker checks
 * an id only against what is committed, so two messages with one id in the same transaction would
 * both go through: a record taken twice into one batch is sent once.
 */
final class QueueTarget implements AutoCloseable {

    /** Artemis's duplicate detection property (org.apache.activemq.artemis.api.core.Message.HDR_DUPLICATE_DETECTION_ID). */
    static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    /** Sessions (each with its cached producer) kept per broker: one per concurrent consumer, so none is opened per send. */
    private static final int SESSIONS = 32;

    /** The cached connection factory of one remote broker, with a template per way of sending. */
    private record Broker(CachingConnectionFactory factory, JmsTemplate batches, JmsTemplate singles) {
    }

    private final Map<String, Broker> brokers = new ConcurrentHashMap<>();

    void sendAll(Target target, String channel, List<Item> batch) {
        List<Item> items = firstOfEach(batch);
        Broker broker = brokers.computeIfAbsent(target.url() + "|" + target.username(), key -> connect(target));
        if (items.size() > 1) {
            try {
                send(broker.batches(), target, channel, items);
                return;
            } catch (JmsException batchFailed) {
                // A repeat in the batch, or a broken connection: each record on its own below.
            }
        }
        for (Item item : items) {
            try {
                send(broker.singles(), target, channel, List.of(item));
            } catch (JmsException e) {
                throw unavailable(target, e);
            }
        }
    }

    /** The batch without repeats of a stable id, the first of each kept (as the broker keeps the first). */
    private static List<Item> firstOfEach(List<Item> batch) {
        Map<String, Item> first = new LinkedHashMap<>();
        batch.forEach(item -> first.putIfAbsent(item.stableId(), item));
        return first.size() == batch.size() ? batch : List.copyOf(first.values());
    }

    private static Broker connect(Target target) {
        ActiveMQConnectionFactory remote = new ActiveMQConnectionFactory(target.url(), target.username(), target.password());
        CachingConnectionFactory caching = new CachingConnectionFactory(remote);
        caching.setReconnectOnException(true);
        caching.setSessionCacheSize(SESSIONS);
        JmsTemplate batches = new JmsTemplate(caching);
        batches.setSessionTransacted(true);
        // Without a transaction, where the broker drops a repeat silently.
        JmsTemplate singles = new JmsTemplate(caching);
        return new Broker(caching, batches, singles);
    }

    /** Sends in one transaction (a transacted template) or message by message. */
    private static void send(JmsTemplate jms, Target target, String channel, List<Item> items) {
        jms.execute(session -> {
            try (MessageProducer producer = session.createProducer(session.createQueue(target.queue()))) {
                for (Item item : items) {
                    producer.send(message(session, channel, item));
                }
            }
            if (session.getTransacted()) {
                session.commit();
            }
            return null;
        }, true);
    }

    private static TextMessage message(Session session, String channel, Item item) throws JMSException {
        TextMessage message = session.createTextMessage(item.json());
        message.setStringProperty(DUPLICATE_ID, item.stableId());
        message.setStringProperty("HubChannel", channel);
        return message;
    }

    private static TargetUnavailableException unavailable(Target target, JmsException e) {
        Throwable cause = e.getCause() instanceof JMSException jms ? jms : e;
        return new TargetUnavailableException(target.describe() + ": " + cause.getMessage(), e);
    }

    @Override
    public void close() {
        brokers.values().forEach(broker -> broker.factory().destroy());
    }
}
