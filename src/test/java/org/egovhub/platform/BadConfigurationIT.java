package org.egovhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.egovhub.HubApplication;
import org.egovhub.testing.FreePort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A bad setting stops the start with one line that names the key, the value and what is expected. */
class BadConfigurationIT {

    @TempDir
    Path dataDir;

    @Test
    void shouldNameAnOutOfRangeValue() {
        String description = startWith("--hub.broker.port=-5");
        assertThat(description).isEqualTo("Invalid configuration: hub.broker.port = '-5': must be greater than or equal to 1");
    }

    @Test
    void shouldNameAMisspeltKeyUnderAKnownPrefix() {
        String description = startWith("--hub.broker.prot=61616");
        assertThat(description).isEqualTo("Invalid configuration: hub.broker.prot = '61616': unknown key");
    }

    @Test
    void shouldNameAKeyThatNoCapabilityReads() {
        String description = startWith("--hub.repots.interval=5m");
        assertThat(description).isEqualTo("Invalid configuration: hub.repots.interval = '5m': unknown key");
    }

    @Test
    void shouldNameAValueOfTheWrongType() {
        String description = startWith("--hub.alert.quiet-period=soon");
        assertThat(description).startsWith("Invalid configuration: hub.alert.quiet-period = 'soon': ");
    }

    @Test
    void shouldRefuseToGiveOutTheHubsOwnBrokerLogin() {
        String description = startWith("--hub.broker.users[0].name=hub", "--hub.broker.users[0].password=a-long-password",
                "--hub.broker.users[0].role=monitor");
        assertThat(description).isEqualTo("Invalid configuration: hub.broker.users[0].name = 'hub': lower-case letters, digits "
                + "and dashes, starting with a letter; 'hub' is the hub's own user");
    }

    @Test
    void shouldRefuseAShortBrokerPasswordWithoutShowingIt() {
        String description = startWith("--hub.broker.users[0].name=grafana", "--hub.broker.users[0].password=short",
                "--hub.broker.users[0].role=monitor");
        assertThat(description).isEqualTo("Invalid configuration: hub.broker.users[0].password = ******: at least 12 characters");
    }

    @Test
    void shouldRefuseABrokerLoginNamedTwice() {
        String description = startWith("--hub.broker.users[0].name=grafana", "--hub.broker.users[0].password=a-long-password",
                "--hub.broker.users[0].role=monitor", "--hub.broker.users[1].name=grafana",
                "--hub.broker.users[1].password=another-long-password", "--hub.broker.users[1].role=producer");
        assertThat(description).isEqualTo("Invalid configuration: hub.broker.users = '[grafana (monitor), grafana (producer)]': "
                + "each name may appear only once");
    }

    @Test
    void shouldRefuseABrokerLoginWithoutRole() {
        String description = startWith("--hub.broker.users[0].name=grafana", "--hub.broker.users[0].password=a-long-password");
        assertThat(description).isEqualTo("Invalid configuration: hub.broker.users[0].role = (empty): must not be null");
    }

    private String startWith(String... badArguments) {
        List<String> arguments = new ArrayList<>(List.of("--hub.data-dir=" + dataDir, "--server.port=0",
                "--spring.main.banner-mode=off", "--camel.main.routes-include-pattern=false"));
        arguments.addAll(List.of(badArguments));
        if (!badArguments[0].startsWith("--hub.broker.port")) {
            arguments.add("--hub.broker.port=" + FreePort.find());
        }
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(HubApplication.class)
                .run(arguments.toArray(String[]::new))
                .close());
        assertThat(failure).as("the start should fail").isNotNull();
        FailureAnalysis analysis = new ConfigurationFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("analysis of " + failure).isNotNull();
        assertThat(analysis.getDescription()).doesNotContain("\n");
        return analysis.getDescription();
    }
}
