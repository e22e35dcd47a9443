package org.egovhub.repost.source;

import org.egovhub.repost.RepostProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.egovhub.platform.deploy.DeploymentFileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The shipped sources file is valid; a bad entry stops the start with one line naming file, entry and field. */
public class SourceCatalogTest {

    static final DeploymentFileReader READER = new DeploymentFileReader(Validation.buildDefaultValidatorFactory().getValidator());

    static final String ONE = """
              - id: ok-one
                name: 一
                level: central
                category: 要闻
                kind: rss
                url: http://127.0.0.1/a.xml
                poll-interval: 15m
                column: 要闻
            """;

    @TempDir
    Path dir;

    @Test
    void shouldReadTheShippedDefaultsForGovcnAndHunan() {
        List<Source> sources = new SourceCatalog(READER.read(Path.of("config/sources.yml"), SourcesFile.class)).all();

        assertThat(sources).extracting(Source::id).containsExactly("govcn-yaowen", "govcn-changwuhui", "govcn-wenjian", "govcn-tujie",
                "hunan-yaowen", "hunan-changwuhui");
        Source yaowen = sources.get(0);
        assertThat(yaowen.level()).isEqualTo(Source.Level.CENTRAL);
        assertThat(yaowen.kind()).isEqualTo(Source.Kind.LIST_PAGE);
        assertThat(yaowen.pollInterval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(yaowen.silentAfter()).isEqualTo(Duration.ofDays(2));
        assertThat(yaowen.reviewRequired()).isFalse();
    }

    @Test
    void shouldNameFileEntryAndFieldOfABadUrl() throws IOException {
        Path file = write("sources:\n" + ONE + ONE.replace("ok-one", "bad-two").replace("http://127.0.0.1/a.xml", "ftp://example/list"));

        assertThatThrownBy(() -> READER.read(file, SourcesFile.class))
                .hasMessage(file + ": sources[1].url: must be an http(s) URL");
    }

    @Test
    void shouldRejectAnUnknownLevelNamingTheFieldAndTheChoices() throws IOException {
        Path file = write("sources:\n  - id: x\n    level: county\n");

        assertThatThrownBy(() -> READER.read(file, SourcesFile.class))
                .hasMessage(file + ": sources[0].level: 'county' is not one of [central, provincial, other]");
    }

    @Test
    void shouldRejectADurationThatIsNotOneAndARepeatedId() throws IOException {
        Path soon = write("sources:\n" + ONE.replace("poll-interval: 15m", "poll-interval: soon"));
        assertThatThrownBy(() -> READER.read(soon, SourcesFile.class))
                .hasMessage(soon + ": sources[0].poll-interval: 'soon' is not a duration such as 30s, 15m, 2h or 7d");

        Path twice = write("sources:\n" + ONE + ONE);
        assertThatThrownBy(() -> READER.read(twice, SourcesFile.class))
                .hasMessage(twice + ": sources[1].id: 'ok-one' is already used by [0]");
    }

    @Test
    void shouldNameEveryMissingFieldOfAnEntryOnOneLine() throws IOException {
        Path file = write("sources:\n  - id: x\n    level: central\n    kind: rss\n    url: https://www.gov.cn/\n    column: 要闻\n");

        assertThatThrownBy(() -> READER.read(file, SourcesFile.class))
                .hasMessage(file + ": sources[0].name: must not be blank; sources[0].category: must not be blank;"
                        + " sources[0].poll-interval: must not be null");
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("sources.yml");
        Files.writeString(file, yaml);
        return file;
    }

    public static RepostProperties properties(Path sources) {
        return new RepostProperties(sources, DataSize.ofMegabytes(2), Duration.ofDays(7), Duration.ofHours(24),
                List.of("秘密"), Path.of("out"), "test", Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ZERO, 3,
                Duration.ofHours(1), Duration.ofSeconds(1), 1, Duration.ofMillis(100), 50, null,
                new RepostProperties.Cms("", ""));
    }
}
