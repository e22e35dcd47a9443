package org.egovhub.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole hub on a random HTTP port, its embedded broker on a free TCP port and its data
 * folder (H2 database, journal) in a fresh temporary folder. Test classes with the same
 * configuration share one running hub, so tests use their own ids and never rely on another
 * test's leftovers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@CamelSpringBootTest
@AutoConfigureObservability
@ActiveProfiles("test")
@ContextConfiguration(initializers = HubTestInitializer.class)
public @interface HubTest {
}
