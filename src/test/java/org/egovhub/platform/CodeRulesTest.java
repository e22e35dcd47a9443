package org.egovhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The conventions of the stage kit, checked over the sources so that nobody has to remember them. */
class CodeRulesTest {

    static final Path MAIN = Path.of("src/main/java");
    static final Path ROUTES = Path.of("src/main/resources/routes");

    @Test
    void shouldSendFromNoRouteWithAPlainJmsStep() {
        // A "to: jms:" (or toD) step commits its send on its own, before the consumed message: a crash
        // then repeats it. Every stage sends through the platform's send step instead.
        List<String> offenders = files(ROUTES, ".yaml").filter(file -> {
            String text = read(file);
            return Pattern.compile("(?m)^\\s*-\\s*(to|toD):\\s*\\n\\s*(id:[^\\n]*\\n\\s*)?uri:\\s*\"?jms:").matcher(text).find()
                    || Pattern.compile("(?m)^\\s*-\\s*(to|toD):\\s*\"?jms:").matcher(text).find();
        }).map(Path::toString).toList();
        assertThat(offenders).as("route files sending with a plain to: jms: step").isEmpty();
    }

    @Test
    void shouldConstructNoObjectMapperInTheHub() {
        assertThat(javaFilesContaining("new ObjectMapper(")).as("use the one Spring-configured ObjectMapper").isEmpty();
    }

    @Test
    void shouldNameTheTimeZoneOnlyInHubTime() {
        assertThat(javaFilesContaining("Asia/Shanghai")).as("the zone is named once, in platform.time.HubTime")
                .containsExactly(MAIN.resolve("org/egovhub/platform/time/HubTime.java").toString());
    }

    @Test
    void shouldTakeNowFromTheInjectedClock() {
        assertThat(javaFilesMatching(Pattern.compile("(Instant|OffsetDateTime|LocalDate|LocalDateTime|ZonedDateTime)\\.now\\(\\)")))
                .as("now() without the hub's clock").isEmpty();
    }

    @Test
    void shouldCatchAPlainJmsStepInARouteFile() {
        String plain = "- route:\n    from:\n      uri: direct:x\n      steps:\n        - to:\n            uri: jms:queue:a\n";
        assertThat(Pattern.compile("(?m)^\\s*-\\s*(to|toD):\\s*\\n\\s*(id:[^\\n]*\\n\\s*)?uri:\\s*\"?jms:").matcher(plain).find()).isTrue();
    }

    private static List<String> javaFilesContaining(String text) {
        return files(MAIN, ".java").filter(file -> read(file).contains(text)).map(Path::toString).toList();
    }

    private static List<String> javaFilesMatching(Pattern pattern) {
        return files(MAIN, ".java").filter(file -> pattern.matcher(read(file)).find()).map(Path::toString).toList();
    }

    private static Stream<Path> files(Path root, String suffix) {
        try {
            return Files.walk(root).filter(p -> p.toString().endsWith(suffix)).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
