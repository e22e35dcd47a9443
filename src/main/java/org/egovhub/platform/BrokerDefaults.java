package org.egovhub.platform;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * Broker settings whose default depends on other settings, as the weakest property source, so
 * anything configured explicitly wins:
 *
 * <ul>
 * <li>{@code spring.artemis.embedded.enabled} is {@code false} when {@code spring.artemis.mode} is
 *     {@code native}. Spring Boot starts its embedded broker whenever the Artemis server is on the
 *     class path, whatever the mode: under the {@code prod} profile the hub used to run an embedded
 *     broker next to the standalone one, open on {@code hub.broker.port}.</li>
 * <li>{@code hub.broker.password}, when {@code HUB_BROKER_PASSWORD} is not set and the broker is
 *     embedded, is the one in {@code <data-dir>/broker-password} ({@link BrokerPassword}). Channel
 *     files that target the hub's own broker can write {@code password: ${hub.broker.password}}.</li>
 * </ul>
 *
 * Both are worked out on each lookup, so settings that tests add after start-up count too.
 */
public class BrokerDefaults implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "hubBrokerDefaults";

    @Override
    public int getOrder() {
        // After Spring Boot has loaded application.yml, so that addLast puts this source below it.
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new Source(environment));
    }

    /**
     * Writes a password generated during this start to its file; the embedded broker calls it as it
     * starts.
     *
     * @return the password file, or empty when the password was configured ({@code HUB_BROKER_PASSWORD})
     */
    static Optional<Path> persistGeneratedPassword(ConfigurableEnvironment environment) {
        if (environment.getPropertySources().get(SOURCE_NAME) instanceof Source source && source.password().inUse()) {
            source.password().persist();
            return Optional.of(source.password().file());
        }
        return Optional.empty();
    }

    static boolean isEmbedded(Environment environment) {
        return !"native".equalsIgnoreCase(environment.getProperty("spring.artemis.mode", "embedded").trim());
    }

    private static Path dataDir(Environment environment) {
        return Path.of(environment.getProperty("hub.data-dir", "data"));
    }

    /**
     * The environment is a field, not the source object: Spring Boot walks into a source whose
     * object is an environment as if it were a nested list of sources, and would walk in circles.
     */
    private static final class Source extends PropertySource<Object> {

        private final Environment environment;
        private BrokerPassword password;

        Source(Environment environment) {
            super(SOURCE_NAME, new Object());
            this.environment = environment;
        }

        @Override
        public Object getProperty(String name) {
            return switch (name) {
                case "spring.artemis.embedded.enabled" -> String.valueOf(isEmbedded(environment));
                case "hub.broker.password" -> isEmbedded(environment) ? password().value() : null;
                default -> null;
            };
        }

        synchronized BrokerPassword password() {
            // Created on first use: the data folder is final only once the context is being refreshed.
            if (password == null) {
                password = new BrokerPassword(dataDir(environment));
            }
            return password;
        }
    }
}
