package org.egovhub.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Gives each test hub its own data folder and broker port. */
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
    }
}
