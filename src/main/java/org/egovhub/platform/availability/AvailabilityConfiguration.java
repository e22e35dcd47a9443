package org.egovhub.platform.availability;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.egovhub.platform.BrokerConnectionFactories;

/**
 * Watches the broker and the database, and shows them as the {@code broker} and {@code database}
 * health components (Spring Boot's own {@code jms} and {@code db} components are switched off in
 * application.yml: each waited on the missing side, 10 to 30 s, before it answered).
 */
@Configuration(proxyBeanMethods = false)
class AvailabilityConfiguration {

    @Bean
    Availability availability(AvailabilityProperties properties, Clock clock, ConnectionFactory connectionFactory,
            DataSource dataSource) {
        ConnectionFactory broker = BrokerConnectionFactories.separate(connectionFactory);
        return new Availability(properties, clock)
                .watch(Availability.BROKER, () -> {
                    // A connection (and a factory) of its own, not the listeners' shared one: that one
                    // may be the last thing to notice that the broker is gone, and the listeners'
                    // reconnect attempts hold the factory's lock (BrokerConnectionFactories).
                    try (Connection connection = broker.createConnection()) {
                        connection.start();
                    }
                })
                .watch(Availability.DATABASE, () -> {
                    try (java.sql.Connection connection = dataSource.getConnection()) {
                        if (!connection.isValid(1)) {
                            throw new IllegalStateException("the connection is not valid");
                        }
                    }
                });
    }

    @Bean(Availability.BROKER)
    HealthIndicator brokerHealth(Availability availability) {
        return () -> health(availability.state(Availability.BROKER));
    }

    @Bean(Availability.DATABASE)
    HealthIndicator databaseHealth(Availability availability) {
        return () -> health(availability.state(Availability.DATABASE));
    }

    private static Health health(Availability.State state) {
        return (state.up() ? Health.up() : Health.down()).withDetail("detail", state.detail())
                .withDetail("since", state.since().toString()).build();
    }
}
