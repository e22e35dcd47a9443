package org.egovhub.extranet;

import org.egovhub.extranet.flow.ChannelRoutes;
import org.egovhub.extranet.flow.DropFiles;
import org.egovhub.extranet.flow.ExtranetDelivery;
import org.egovhub.extranet.flow.ExtranetInbound;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.egovhub.extranet.channel.Channel;
import org.egovhub.extranet.channel.Channels;
import org.egovhub.extranet.channel.ChannelsFile;
import org.egovhub.extranet.channel.Path;
import org.egovhub.extranet.delivery.Deliveries;
import org.egovhub.extranet.journal.Journal;
import org.egovhub.platform.time.WorkingDays;
import org.egovhub.extranet.record.RecordChecker;
import org.egovhub.platform.checks.CreditCodePolicy;
import org.egovhub.platform.UpstreamHealth;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wires the extranet capability: channels from their file, checks, journal, targets and per-channel routes. */
@Configuration(proxyBeanMethods = false)
class ExtranetConfiguration {

    @Bean
    Channels extranetChannels(ExtranetProperties properties, Environment environment, JdbcTemplate jdbc) {
        List<Channel> configured = ChannelsFile.load(properties.channelsFile(), environment::resolveRequiredPlaceholders);
        return new Channels(configured, jdbc);
    }

    @Bean
    RecordChecker extranetRecordChecker(ExtranetProperties properties) {
        return new RecordChecker(new CreditCodePolicy(properties.knownCreditCodeExceptions()), properties.hmacKey());
    }

    @Bean
    Journal extranetJournal(ExtranetProperties properties, JdbcTemplate jdbc) {
        return new Journal(jdbc, new WorkingDays(properties.holidayDates(), properties.adjustedWorkdayDates()),
                properties.disclosureWorkingDays());
    }

    @Bean
    Deliveries extranetDeliveries(ExtranetProperties properties) {
        return new Deliveries(properties.httpTimeout());
    }

    @Bean
    ExtranetMetrics extranetMetrics(MeterRegistry registry) {
        return new ExtranetMetrics(registry);
    }

    @Bean
    ExtranetInbound extranetInbound(ExtranetProperties properties, Channels channels, RecordChecker checker, Journal journal,
            ExtranetMetrics metrics) {
        return new ExtranetInbound(channels, checker, journal, metrics, properties.batchSize());
    }

    @Bean
    ExtranetDelivery extranetDelivery(ExtranetProperties properties, Channels channels, Deliveries deliveries, Journal journal, UpstreamHealth health,
            ExtranetMetrics metrics) {
        return new ExtranetDelivery(channels, deliveries, journal, health, metrics, new ExtranetDelivery.Backoff(
                properties.maxRedeliveries(), properties.redeliveryDelay(), properties.maxRedeliveryDelay()));
    }

    @Bean
    DropFiles extranetDropFiles(Channels channels) {
        return new DropFiles(channels);
    }

    /** Instantiates the route templates for every channel once the YAML routes are loaded, and stops paused channels. */
    @Bean
    CamelContextConfiguration extranetRoutes(Channels channels) {
        return new CamelContextConfiguration() {
            @Override
            public void beforeApplicationStart(CamelContext camel) {
            }

            @Override
            public void afterApplicationStart(CamelContext camel) {
                try {
                    for (Channel channel : channels.list()) {
                        TemplatedRouteBuilder.builder(camel, "extranet-inbound").routeId(ChannelRoutes.inbound(channel.id()))
                                .parameter("channelId", channel.id()).add();
                        for (Path path : Path.values()) {
                            TemplatedRouteBuilder.builder(camel, "extranet-delivery")
                                    .routeId(ChannelRoutes.delivery(channel.id(), path))
                                    .parameter("channelId", channel.id()).parameter("path", path.id()).add();
                        }
                        if (channel.directory() != null) {
                            TemplatedRouteBuilder.builder(camel, "extranet-drop").routeId("extranet-" + channel.id() + "-drop")
                                    .parameter("channelId", channel.id()).parameter("directory", channel.directory()).add();
                        }
                        if (channels.state(channel.id()).paused()) {
                            ChannelRoutes.stop(camel, channel.id());
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot start the extranet channel routes: " + e.getMessage(), e);
                }
            }
        };
    }
}
