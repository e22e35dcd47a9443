package org.egovhub.platform;

import jakarta.jms.ConnectionFactory;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jms.connection.JmsTransactionManager;

/**
 * Two local transaction managers: the database one for {@code @Transactional} work, and the JMS
 * one under which every Camel route consumes, so that a message taken from a queue, the messages
 * it sends on and its dead-letter copy commit or roll back together. Database writes commit
 * before the JMS acknowledgement; every consumer is idempotent, so a crash between the two
 * redelivers a message that then changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

    @Bean
    @Primary
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    @Bean
    JmsTransactionManager jmsTransactionManager(ConnectionFactory connectionFactory) {
        return new JmsTransactionManager(connectionFactory);
    }
}
