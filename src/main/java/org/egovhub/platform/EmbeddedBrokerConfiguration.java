package org.egovhub.platform;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Opens the embedded broker to TCP clients on loopback and gives every address the hub's
 * delivery settings. Spring Boot only applies the customizer in embedded mode, so a standalone
 * broker keeps its own broker.xml.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedBrokerConfiguration {

    /** Where the broker parks a message that it delivered too often (a consumer that crashes). */
    static final String POISON_ADDRESS = "hub.poison";

    /** Where messages sent with a time-to-live go when it runs out (the hub itself sets none). */
    static final String EXPIRED_ADDRESS = "hub.expired";

    @Bean
    ArtemisConfigurationCustomizer hubBrokerCustomizer(BrokerProperties broker) {
        return configuration -> {
            try {
                configuration.addAcceptorConfiguration("tcp", broker.acceptorUrl());
            } catch (Exception e) {
                throw new IllegalStateException("Invalid acceptor " + broker.acceptorUrl(), e);
            }
            configuration.setSecurityEnabled(false);
            configuration.setJMXManagementEnabled(false);
            AddressSettings settings = new AddressSettings()
                    .setMaxDeliveryAttempts(broker.maxDeliveryAttempts())
                    .setDeadLetterAddress(SimpleString.of(POISON_ADDRESS))
                    .setAutoCreateDeadLetterResources(true)
                    .setExpiryAddress(SimpleString.of(EXPIRED_ADDRESS))
                    .setAutoCreateExpiryResources(true)
                    .setAutoCreateQueues(true)
                    .setAutoCreateAddresses(true)
                    .setAutoDeleteQueues(false)
                    .setAutoDeleteAddresses(false);
            configuration.addAddressSetting("#", settings);
        };
    }
}
