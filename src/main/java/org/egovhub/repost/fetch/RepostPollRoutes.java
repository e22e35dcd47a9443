package org.egovhub.repost.fetch;

import org.egovhub.repost.RepostProperties;
import org.egovhub.repost.source.Source;
import org.egovhub.repost.source.SourceCatalog;

import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring of the repost routes: makes one {@code repost-poll-<id>} route per configured source
 * from the YAML template {@code repost-poll}. (An item version is published once because the
 * publishing stage checks its ledger row, not through an idempotent repository: a key stored before
 * a crash would have kept the redelivered version from ever being published.)
 */
@Configuration(proxyBeanMethods = false)
public class RepostPollRoutes {

    @Bean
    CamelContextConfiguration repostPollRouteCreator(SourceCatalog catalog, RepostProperties properties) {
        return new CamelContextConfiguration() {
            /** Before Camel starts, so that its start-up summary lists the polling routes too. */
            @Override
            public void beforeApplicationStart(CamelContext camel) {
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

            @Override
            public void afterApplicationStart(CamelContext camel) {
            }
        };
    }
}
