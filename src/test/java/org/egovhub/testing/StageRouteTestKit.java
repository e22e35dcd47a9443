package org.egovhub.testing;

import java.time.Clock;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.type.AnnotationMetadata;

/**
 * What a fast route test needs around the route under test, and nothing else (no broker, no
 * database, no web server): Camel with the YAML routes the test names in
 * {@code camel.main.routes-include-pattern}, the hub's one {@code ObjectMapper} and typed JSON
 * bodies (the stage kit's converter), the shared error policy's beans, and a {@link TestClock}.
 * The test advises the route's edges: the JMS {@code from} replaced by a {@code direct:} endpoint,
 * the send step by a {@code mock:} (the base class {@link AdvisedRouteTest} does both). See
 * {@code repost.extract.ExtractRouteTest}.
 */
@TestConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({CamelAutoConfiguration.class, JacksonAutoConfiguration.class})
@Import(StageRouteTestKit.PlatformBeans.class)
public class StageRouteTestKit {

    @Bean
    TestClock testClock() {
        return TestClock.at("2026-11-27T10:00");
    }

    /** Package-private platform beans, imported by name: the JSON bodies converter and the error policy's processors. */
    static class PlatformBeans implements ImportSelector {
        @Override
        public String[] selectImports(AnnotationMetadata metadata) {
            return new String[] {"org.egovhub.platform.stage.StageConfiguration", "org.egovhub.platform.DeadLetterHeaders",
                "org.egovhub.platform.RedeliveryCount"};
        }
    }

    /** The clock as the platform beans ask for it. */
    @Bean
    Clock clock(TestClock clock) {
        return clock;
    }
}
