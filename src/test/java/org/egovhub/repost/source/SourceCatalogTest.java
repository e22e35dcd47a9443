package org.egovhub.repost.source;

import org.egovhub.repost.RepostProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The shipped sources file is valid; a bad entry stops the start naming file, entry and field. */
public class SourceCatalogTest {

    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @TempDir
    Path dir;

    @Test
    void shouldReadTheShippedDefaultsForGovcnAndHunan() {
        List<Source> sources = SourceCatalog.read(properties(Path.of("config/sources.yml")), VALIDATOR);

        assertThat(sources).extracting(Source::id).contains("govcn-yaowen", "govcn-changwuhui", "govcn-wenjian", "govcn-tujie",
                "hunan-yaowen", "hunan-changwuhui");
        Source yaowen = sources.get(0);
        assertThat(yaowen.level()).isEqualTo(Source.Level.CENTRAL);
        assertThat(yaowen.kind()).isEqualTo(Source.Kind.LIST_PAGE);
        assertThat(yaowen.pollInterval()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void shouldNameFileEntryAndFieldOfABadEntry() throws IOException {
        Path file = dir.resolve("sources.yml");
        Files.writeString(file, """
                sources:
                  - id: ok-one
                    name: 一
                    level: central
                    category: 要闻
                    kind: rss
                    url: http://127.0.0.1/a.xml
                    poll-interval: 15m
                    column: 要闻
                  - id: bad-two
                    name: 二
                    level: central
                    category: 要闻
                    kind: list-page
                    url: ftp://example/list
                    poll-interval: 15m
                    column: 要闻
                """);

        assertThatThrownBy(() -> SourceCatalog.read(properties(file), VALIDATOR))
                .hasMessageContaining(file.toString()).hasMessageContaining("entry 2 (id bad-two)").hasMessageContaining("field 'url'");
    }

    @Test
    void shouldRejectAnUnknownLevelNamingTheField() throws IOException {
        Path file = dir.resolve("sources.yml");
        Files.writeString(file, "sources:\n  - id: x\n    level: county\n");

        assertThatThrownBy(() -> SourceCatalog.read(properties(file), VALIDATOR))
                .hasMessageContaining("entry 1 (id x)").hasMessageContaining("field 'level'");
    }

    public static RepostProperties properties(Path sources) {
        return new RepostProperties(sources, DataSize.ofMegabytes(2), Duration.ofDays(7), Duration.ofHours(24),
                List.of("秘密"), Path.of("out"), "test", Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ZERO, 3,
                Duration.ofHours(1), Duration.ofSeconds(1), 1, Duration.ofMillis(100), 50, null,
                new RepostProperties.Cms("", ""));
    }
}
