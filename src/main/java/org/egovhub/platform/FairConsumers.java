package org.egovhub.platform;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Makes every consumer of the hub's broker connection take one message at a time
 * ({@code consumerWindowSize=0}), on the embedded and on a standalone broker alike.
 *
 * <p>Artemis clients buffer up to 1 MiB of messages per consumer by default. With several
 * concurrent consumers on a queue (the extranet channels scale up to {@code hub.extranet.consumers})
 * the first consumer took a whole backlog of small records into its buffer and worked through it
 * alone while the others waited on an empty queue: 16 consumers ran no faster than one. Without the
 * buffer each receive asks the broker for the next message, which costs one round trip, far less
 * than the transaction commit that follows every message.
 */
@Component
class FairConsumers implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof ConnectionFactory factory && BrokerConnectionFactories.unwrapped(factory) instanceof ActiveMQConnectionFactory artemis
                && artemis.getConsumerWindowSize() != 0) {
            artemis.setConsumerWindowSize(0);
        }
        return bean;
    }
}
