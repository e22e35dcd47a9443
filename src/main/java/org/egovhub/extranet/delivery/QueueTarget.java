package org.egovhub.extranet.delivery;

import jakarta.jms.JMSException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.egovhub.extranet.channel.Target;
import org.springframework.jms.JmsException;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.core.JmsTemplate;

/**
 * Sends a record, persistent, to a queue on a remote Artemis broker with the duplicate-detection id
 * {@code _AMQ_DUPL_ID} set to the stable id, so the broker drops a repeat.
 */
final class QueueTarget implements AutoCloseable {

    /** Artemis's duplicate detection property (org.apache.activemq.artemis.api.core.Message.HDR_DUPLICATE_DETECTION_ID). */
    static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    /** Sessions (each with its cached producer) kept per broker: one per concurrent consumer, so none is opened per send. */
    private static final int SESSIONS = 32;

    private final Map<String, CachingConnectionFactory> factories = new ConcurrentHashMap<>();
    private final Map<String, JmsTemplate> templates = new ConcurrentHashMap<>();

    void send(Target target, String channel, String stableId, String json) {
        JmsTemplate jms = templates.computeIfAbsent(target.url() + "|" + target.username(), key -> {
            ActiveMQConnectionFactory remote = new ActiveMQConnectionFactory(target.url(), target.username(), target.password());
            CachingConnectionFactory caching = new CachingConnectionFactory(remote);
            caching.setReconnectOnException(true);
            caching.setSessionCacheSize(SESSIONS);
            factories.put(key, caching);
            return new JmsTemplate(caching);
        });
        try {
            jms.send(target.queue(), session -> {
                var message = session.createTextMessage(json);
                message.setStringProperty(DUPLICATE_ID, stableId);
                message.setStringProperty("HubChannel", channel);
                return message;
            });
        } catch (JmsException e) {
            Throwable cause = e.getCause() instanceof JMSException jms2 ? jms2 : e;
            throw new TargetUnavailableException(target.describe() + ": " + cause.getMessage(), e);
        }
    }

    @Override
    public void close() {
        factories.values().forEach(CachingConnectionFactory::destroy);
    }
}
