package org.egovhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No private-range IPv4 address (10.x, 172.16-31.x, 192.168.x) appears in the repository outside
 * {@code config/examples/}: the shipped files, tests and benches must never point a trial run at
 * whatever answers on an office network (issue 10). Production addresses belong in config/examples/.
 */
class NoPrivateAddressTest {

    private static final Pattern PRIVATE = Pattern.compile(
            "(?<![\\d.])(10(\\.\\d{1,3}){3}|172\\.(1[6-9]|2\\d|3[01])(\\.\\d{1,3}){2}|192\\.168(\\.\\d{1,3}){2})(?![\\d.]*\\d)");

    @Test
    void shouldFindNoPrivateAddressOutsideTheProductionExamples() throws IOException {
        List<String> found = new ArrayList<>();
        for (String top : List.of("config", "src", "bench", "docs", "docker", ".ci", "README.md", "pom.xml")) {
            if (!Files.exists(Path.of(top))) {
                continue;
            }
            try (Stream<Path> files = Files.walk(Path.of(top))) {
                for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.startsWith("config/examples")).toList()) {
                    String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                    Matcher address = PRIVATE.matcher(text);
                    while (address.find()) {
                        found.add(file + ": " + address.group());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void shouldRecogniseThePrivateRangesAndNothingElse() {
        // Written in pieces, so that this file holds no address itself.
        assertThat(Stream.of("http://" + ip(10, 43, 0, 12) + ":8080/x", "tcp://" + ip(172, 30, 4, 10) + ":61616",
                "jdbc:postgresql://" + ip(192, 168, 1, 5) + "/db", ip(172, 16, 0, 1), ip(172, 31, 255, 255))
                .filter(s -> PRIVATE.matcher(s).find())).hasSize(5);
        assertThat(Stream.of("127.0.0.1", "172.15.0.1", "172.32.0.1", "version 1.10.0.4", "110.1.2.3", "8.10.0.0.1", "2.10.3.4")
                .filter(s -> PRIVATE.matcher(s).find())).isEmpty();
    }

    private static String ip(int a, int b, int c, int d) {
        return a + "." + b + "." + c + "." + d;
    }
}
