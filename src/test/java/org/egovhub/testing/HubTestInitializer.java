package org.egovhub.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each test hub its own data folder and broker port, its {@link TestClock} as the hub's one
 * {@code Clock} (standing a week before the moment the hub starts, until a test moves it) and the
 * {@link Queues} helper.
 */
public class HubTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ADMIN_PASSWORD = "admin-test-password";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("egovhub-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("hubTest", Map.of(
                "hub.data-dir", dataDir.toString(),
                "hub.broker.port", String.valueOf(FreePort.find()),
                "HUB_ADMIN_PASSWORD", ADMIN_PASSWORD)));
        // Registered before the configuration is read, so HubTime's @ConditionalOnMissingBean clock steps back.
        // A week behind the real time: tests advance it by minutes and hours, and it must stay behind the
        // broker's own clock, or a scheduled message (stamped clock time plus its wait) would be held back
        // for real.
        context.getBeanFactory().registerSingleton("testClock",
                new TestClock(Instant.now().minus(java.time.Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS)));
        if (context instanceof GenericApplicationContext generic) {
            generic.registerBean(Queues.class);
        }
    }
}
