package org.egovhub.extranet.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/**
 * A channel paused before a restart: its routes are added before Camel starts (so that the
 * start-up summary lists them) but not started, and resuming starts them.
 */
class ChannelRoutesTest {

    @Test
    void shouldAddAPausedChannelsRoutesWithoutStartingThemUntilResumed() throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    for (String id : ChannelRoutes.all("held")) {
                        from("direct:" + id).routeId(id).to("log:held");
                    }
                    from("direct:other").routeId("extranet-other-in").to("log:other");
                }
            });

            ChannelRoutes.holdAtStart(camel, "held");
            camel.start();

            assertThat(statuses(camel, ChannelRoutes.all("held")))
                    .containsExactly(ServiceStatus.Stopped, ServiceStatus.Stopped, ServiceStatus.Stopped);
            assertThat(camel.getRouteController().getRouteStatus("extranet-other-in")).isEqualTo(ServiceStatus.Started);

            ChannelRoutes.start(camel, "held");
            assertThat(statuses(camel, ChannelRoutes.all("held")))
                    .containsExactly(ServiceStatus.Started, ServiceStatus.Started, ServiceStatus.Started);
        }
    }

    private static List<ServiceStatus> statuses(CamelContext camel, List<String> ids) {
        return ids.stream().map(id -> camel.getRouteController().getRouteStatus(id)).toList();
    }
}
