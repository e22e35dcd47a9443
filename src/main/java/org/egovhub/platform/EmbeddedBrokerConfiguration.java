package org.egovhub.platform;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The embedded broker: opens it to TCP clients on loopback with a login required
 * ({@link BrokerSecurity}), gives every address the hub's delivery settings and logs the hub's own
 * connection in as user {@code hub}. Only when the broker is embedded: with a standalone broker
 * ({@code spring.artemis.mode=native}) Spring Boot starts none ({@link BrokerDefaults}), and the
 * standalone broker keeps its own broker.xml.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "spring.artemis.embedded.enabled", matchIfMissing = true)
class EmbeddedBrokerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBrokerConfiguration.class);

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
            configuration.setSecurityEnabled(true);
            configuration.setManagementMessageRbac(true);
            configuration.setSecurityRoles(BrokerSecurity.roles());
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

    /**
     * Gives the embedded broker its logins before it starts, and the hub's in-VM connection factory
     * the user {@code hub}: Spring Boot passes {@code spring.artemis.user} to standalone brokers only.
     */
    @Bean
    static BeanPostProcessor embeddedBrokerLogin(ObjectProvider<BrokerProperties> broker, ConfigurableEnvironment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof EmbeddedActiveMQ embedded) {
                    embedded.setSecurityManager(BrokerSecurity.securityManager(broker.getObject()));
                    BrokerDefaults.persistGeneratedPassword(environment).ifPresentOrElse(
                            file -> log.info("Embedded broker requires a login: user '{}', password in {}",
                                    BrokerProperties.HUB_USER, file.toAbsolutePath()),
                            () -> log.info("Embedded broker requires a login: user '{}', password as configured "
                                    + "(HUB_BROKER_PASSWORD)", BrokerProperties.HUB_USER));
                }
                return bean;
            }

            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (BrokerDefaults.isEmbedded(environment) && bean instanceof ConnectionFactory factory
                        && BrokerConnectionFactories.unwrapped(factory) instanceof ActiveMQConnectionFactory artemis
                        && artemis.getUser() == null) {
                    artemis.setUser(BrokerProperties.HUB_USER);
                    artemis.setPassword(broker.getObject().password());
                }
                return bean;
            }
        };
    }
}
