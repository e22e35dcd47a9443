package org.egovhub.platform.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.egovhub.HubApplication;
import org.egovhub.platform.ConfigurationFailureAnalyzer;
import org.egovhub.testing.FreePort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A deployment file named by a setting that is missing or invalid stops the start with one line
 * and no stack trace, before the database or the broker is touched: the data folder is not even created.
 */
@ExtendWith(OutputCaptureExtension.class)
class DeploymentFilesStartTest {

    @TempDir
    Path dir;

    @Test
    void shouldStopOnAChannelsFileThatTheSettingNamesAndThatIsMissing(CapturedOutput output) {
        Path missing = dir.resolve("no-such-channels.yml");

        assertThat(startWith("--hub.extranet.channels-file=" + missing))
                .isEqualTo(missing + ": not found (named by hub.extranet.channels-file)");
        assertThat(dir.resolve("data")).doesNotExist();
        assertThat(output).contains("Description:\n\n" + missing + ": not found (named by hub.extranet.channels-file)\n")
                .doesNotContain("at org.egovhub").doesNotContain("Exception");
    }

    @Test
    void shouldStopOnAChannelWhoseUrlDoesNotFitItsType() throws IOException {
        Path channels = dir.resolve("channels.yml");
        Files.writeString(channels, """
                channels:
                  - id: mz-one
                    business-system: 系统
                    department: 民政局
                    record-kind: person
                    legacy: {type: queue, url: "tcp://127.0.0.1:${hub.broker.port}", queue: local.one}
                    extranet: {type: http, url: "tcp://127.0.0.1:${hub.broker.port}"}
                    initial-mode: legacy
                """);

        assertThat(startWith("--hub.extranet.channels-file=" + channels))
                .isEqualTo(channels + ": channels[0].extranet.url: must be an http(s) URL");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void shouldStopOnADepartmentsFileThatIsNotYaml() throws IOException {
        Path departments = dir.resolve("departments.yml");
        Files.writeString(departments, "departments:\n  - code: D1\n    name: [区民政局\n");

        assertThat(startWith("--hub.reconcile.departments-file=" + departments))
                .isEqualTo(departments + ": line 4, column 1: not valid YAML: expected ',' or ']', but got <stream end>");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    private String startWith(String argument) {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(HubApplication.class).run(
                "--hub.data-dir=" + dir.resolve("data"), "--server.port=0", "--hub.broker.port=" + FreePort.find(),
                "--spring.main.banner-mode=off", argument).close());
        assertThat(failure).as("the start should fail").isNotNull();
        FailureAnalysis analysis = new ConfigurationFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("analysis of " + failure).isNotNull();
        return analysis.getDescription();
    }
}
