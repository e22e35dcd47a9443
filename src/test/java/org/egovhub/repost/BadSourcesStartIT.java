package org.egovhub.repost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.egovhub.HubApplication;
import org.egovhub.testing.FreePort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

/** A bad entry in the sources file stops the hub at start, naming the file, the entry and the field. */
class BadSourcesStartIT {

    @TempDir
    Path dir;

    @Test
    void shouldRefuseToStartWithASourceWithoutPollInterval() throws IOException {
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

        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(HubApplication.class).run(
                "--hub.data-dir=" + dir.resolve("data"), "--server.port=0", "--hub.broker.port=" + FreePort.find(),
                "--spring.main.banner-mode=off", "--hub.repost.sources-file=" + sources).close());

        assertThat(failure).isNotNull();
        assertThat(NestedExceptionUtils.getMostSpecificCause(failure).getMessage())
                .contains(sources.toString()).contains("entry 1 (id govcn-yaowen)").contains("field 'poll-interval'");
    }
}
