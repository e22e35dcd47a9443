package org.egovhub.repost.fetch;

import org.egovhub.repost.RepostProperties;
import org.egovhub.repost.source.Source;
import org.egovhub.repost.source.SourceCatalog;

import java.util.Map;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring of the repost routes: makes one {@code repost-poll-<id>} route per configured source
 * from the YAML template {@code repost-poll}, and the cluster-wide JDBC idempotent repository that
 * keeps an item version from being published twice.
 */
@Configuration(proxyBeanMethods = false)
public class RepostPollRoutes {

    @Bean
    CamelContextConfiguration repostPollRouteCreator(SourceCatalog catalog, RepostProperties properties) {
        return new CamelContextConfiguration() {
            @Override
            public void beforeApplicationStart(CamelContext camelContext) {
            }

            @Override
            public void afterApplicationStart(CamelContext camel) {
                for (Source source : catalog.all()) {
                    try {
                        camel.addRouteFromTemplate("repost-poll-" + source.id(), "repost-poll", Map.of(
                                "sourceId", source.id(),
                                "periodMillis", String.valueOf(source.pollInterval().toMillis()),
                                "delayMillis", String.valueOf(properties.startDelay().toMillis())));
                    } catch (Exception e) {
                        throw new IllegalStateException("Cannot create the polling route of repost source " + source.id(), e);
                    }
                }
            }
        };
    }

    @Bean
    JdbcMessageIdRepository repostPublishedKeys(DataSource dataSource) {
        JdbcMessageIdRepository repository = new JdbcMessageIdRepository(dataSource, "repost-publish");
        repository.setCreateTableIfNotExists(false);
        return repository;
    }
}
