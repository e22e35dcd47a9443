package org.egovhub.platform.stage;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the stage kit into Camel: typed bodies read from JSON before any route starts. */
@Configuration(proxyBeanMethods = false)
class StageConfiguration {

    @Bean
    CamelContextConfiguration stageBodies(ObjectMapper json) {
        return new CamelContextConfiguration() {
            @Override
            public void beforeApplicationStart(CamelContext camel) {
                camel.getTypeConverterRegistry().addFallbackTypeConverter(new JsonBodies(json), false);
            }

            @Override
            public void afterApplicationStart(CamelContext camel) {
            }
        };
    }
}
