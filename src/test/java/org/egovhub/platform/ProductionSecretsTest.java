package org.egovhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.egovhub.HubApplication;
import org.egovhub.testing.FreePort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Under the prod profile a missing secret stops the start with one line naming every missing
 * variable, before the database or the broker is touched: the data folder is never created.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionSecretsTest {

    @TempDir
    Path parent;

    @Test
    void shouldNameEveryMissingSecretInOneLineAndWriteNothing(CapturedOutput output) {
        Path dataDir = parent.resolve("data");

        String description = startProd(dataDir, "--HUB_EXTRANET_HMAC_KEY=", "--HUB_DB_PASSWORD=", "--HUB_BROKER_PASSWORD=");

        String line = "Invalid configuration: the prod profile needs HUB_EXTRANET_HMAC_KEY, HUB_DB_PASSWORD, "
                + "HUB_BROKER_PASSWORD set in the environment";
        assertThat(description).isEqualTo(line);
        assertThat(output.getAll()).contains(line + "\n").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void shouldNameOnlyTheSecretThatIsMissing() {
        Path dataDir = parent.resolve("data");

        String description = startProd(dataDir, "--HUB_EXTRANET_HMAC_KEY=a-production-hmac-key", "--HUB_DB_PASSWORD=db-secret",
                "--HUB_BROKER_PASSWORD=  ");

        assertThat(description).isEqualTo("Invalid configuration: the prod profile needs HUB_BROKER_PASSWORD set in the environment");
        assertThat(dataDir).doesNotExist();
    }

    /** Starts the hub under prod; the secrets are passed blank or set, whatever the shell running the test exports. */
    private static String startProd(Path dataDir, String... secrets) {
        List<String> arguments = new ArrayList<>(List.of("--hub.data-dir=" + dataDir, "--server.port=0",
                "--hub.broker.port=" + FreePort.find()));
        arguments.addAll(List.of(secrets));
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(HubApplication.class).profiles("prod")
                .run(arguments.toArray(String[]::new))
                .close());
        assertThat(failure).as("the start should fail").isInstanceOf(MissingSecretsException.class);
        FailureAnalysis analysis = new ConfigurationFailureAnalyzer().analyze(failure);
        assertThat(analysis).isNotNull();
        return analysis.getDescription();
    }
}
