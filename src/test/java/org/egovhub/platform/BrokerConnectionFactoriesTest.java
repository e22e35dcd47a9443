package org.egovhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.jms.connection.CachingConnectionFactory;

class BrokerConnectionFactoriesTest {

    @Test
    void shouldCopyTheBrokerFactoryUnderSpringsWrapperWithItsUrlAndLoginButNotShareIt() {
        ActiveMQConnectionFactory broker = new ActiveMQConnectionFactory("tcp://127.0.0.1:61699?callTimeout=7000", "hub",
                "broker-password");

        ConnectionFactory separate = BrokerConnectionFactories.separate(new CachingConnectionFactory(broker));

        assertThat(separate).isInstanceOf(ActiveMQConnectionFactory.class).isNotSameAs(broker);
        ActiveMQConnectionFactory copy = (ActiveMQConnectionFactory) separate;
        assertThat(copy.getUser()).isEqualTo("hub");
        assertThat(copy.getPassword()).isEqualTo("broker-password");
        assertThat(copy.getCallTimeout()).isEqualTo(7000);
        assertThat(copy.getStaticConnectors()).extracting(c -> c.getParams().get("port").toString()).containsExactly("61699");
        assertThat(copy.getRetryInterval()).isEqualTo(100);
        assertThat(broker.getRetryInterval()).isEqualTo(2000);
    }

    @Test
    void shouldAnswerAnotherKindOfFactoryUnwrapped() {
        ConnectionFactory other = new org.springframework.jms.connection.SingleConnectionFactory();
        assertThat(BrokerConnectionFactories.separate(new CachingConnectionFactory(other))).isSameAs(other);
    }
}
