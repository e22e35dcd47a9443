package org.egovhub.repost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.egovhub.HubApplication;
import org.egovhub.platform.ConfigurationFailureAnalyzer;
import org.egovhub.testing.FreePort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A bad entry in the sources file stops the hub at start with one line naming the file, the entry and the field. */
class BadSourcesStartIT {

    @TempDir
    Path dir;

    @Test
    void shouldRefuseToStartWithASourceWithoutPollIntervalAndWriteNothing() throws IOException {
        Path sources = dir.resolve("sources.yml");
        Files.writeString(sources, """
                sources:
                  - id: govcn-yaowen
                    name: 中国政府网 要闻
                    level: central
                    category: 要闻
                    kind: list-page
                    url: https://www.gov.cn/yaowen/liebiao/home.htm
                    column: 上级要闻
                """);
        Path data = dir.resolve("data");

        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(HubApplication.class).run(
                "--hub.data-dir=" + data, "--server.port=0", "--hub.broker.port=" + FreePort.find(),
                "--spring.main.banner-mode=off", "--hub.repost.sources-file=" + sources).close());

        assertThat(failure).isNotNull();
        assertThat(new ConfigurationFailureAnalyzer().analyze(failure).getDescription())
                .isEqualTo(sources + ": sources[0].poll-interval: must not be null");
        assertThat(data).doesNotExist();
    }
}
