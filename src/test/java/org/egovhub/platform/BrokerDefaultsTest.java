package org.egovhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The broker settings whose defaults follow other settings, as Spring Boot's conditions and placeholders see them. */
class BrokerDefaultsTest {

    @TempDir
    Path dataDir;

    @Test
    void shouldStartNoEmbeddedBrokerWithAStandaloneOne() {
        StandardEnvironment environment = environment(Map.of("spring.artemis.mode", "native"));

        assertThat(environment.getProperty("spring.artemis.embedded.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("hub.broker.password")).isNull();
    }

    @Test
    void shouldStartTheEmbeddedBrokerByDefault() {
        StandardEnvironment environment = environment(Map.of());

        assertThat(environment.getProperty("spring.artemis.embedded.enabled")).isEqualTo("true");
    }

    @Test
    void shouldFollowAModeSetAfterStartUp() {
        StandardEnvironment environment = environment(Map.of());

        // As a test's @DynamicPropertySource does, after the post-processors ran.
        environment.getPropertySources().addFirst(new MapPropertySource("late", Map.of("spring.artemis.mode", "native")));

        assertThat(environment.getProperty("spring.artemis.embedded.enabled")).isEqualTo("false");
    }

    @Test
    void shouldLetAnExplicitSettingWin() {
        StandardEnvironment environment = environment(Map.of("spring.artemis.embedded.enabled", "false",
                "hub.broker.password", "configured-password"));

        assertThat(environment.getProperty("spring.artemis.embedded.enabled")).isEqualTo("false");
        assertThat(environment.resolveRequiredPlaceholders("${hub.broker.password}")).isEqualTo("configured-password");
        assertThat(BrokerDefaults.persistGeneratedPassword(environment)).isEmpty();
        assertThat(dataDir.resolve("broker-password")).doesNotExist();
    }

    @Test
    void shouldOfferTheGeneratedPasswordToPlaceholdersAndWriteItOnlyWhenTheBrokerStarts() throws Exception {
        StandardEnvironment environment = environment(Map.of());

        String password = environment.resolveRequiredPlaceholders("${hub.broker.password}");

        assertThat(password).matches("[A-Za-z0-9]{32}");
        assertThat(dataDir.resolve("broker-password")).doesNotExist();
        assertThat(BrokerDefaults.persistGeneratedPassword(environment)).contains(dataDir.resolve("broker-password"));
        assertThat(Files.readString(dataDir.resolve("broker-password")).strip()).isEqualTo(password);
    }

    private StandardEnvironment environment(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("settings", settings));
        environment.getPropertySources().addFirst(new MapPropertySource("dataDir", Map.of("hub.data-dir", dataDir.toString())));
        new BrokerDefaults().postProcessEnvironment(environment, null);
        return environment;
    }
}
