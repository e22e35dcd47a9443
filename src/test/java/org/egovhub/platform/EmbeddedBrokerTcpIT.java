package org.egovhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Session;
import java.time.Duration;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.egovhub.testing.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Outside clients and tools reach the embedded broker over TCP on loopback, at hub.broker.port,
 * with a login: user {@code hub} and the hub's broker password.
 */
@HubTest
class EmbeddedBrokerTcpIT {

    @Autowired
    BrokerProperties broker;

    @Autowired
    BrokerQueues queues;

    @Test
    void shouldAcceptTheHubUserOverTcpAndShowItsQueue() throws Exception {
        var factory = new ActiveMQConnectionFactory(url(), BrokerProperties.HUB_USER, broker.password());
        try (Connection connection = factory.createConnection()) {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            session.createProducer(session.createQueue("tcp.probe")).send(session.createTextMessage("hello"));
            session.commit();
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(queues.list())
                .anySatisfy(q -> {
                    assertThat(q.name()).isEqualTo("tcp.probe");
                    assertThat(q.messages()).isEqualTo(1);
                }));
    }

    @Test
    void shouldRefuseAClientWithoutLogin() {
        Throwable refused = catchThrowable(() -> new ActiveMQConnectionFactory(url()).createConnection().close());

        assertThat(refused).isInstanceOf(JMSSecurityException.class).hasMessageContaining("AMQ229031");
    }

    @Test
    void shouldRefuseAWrongPassword() {
        Throwable refused = catchThrowable(() -> new ActiveMQConnectionFactory(url(), BrokerProperties.HUB_USER,
                broker.password() + "x").createConnection().close());

        assertThat(refused).isInstanceOf(JMSSecurityException.class).hasMessageContaining("AMQ229031");
    }

    private String url() {
        return "tcp://127.0.0.1:" + broker.port();
    }
}
