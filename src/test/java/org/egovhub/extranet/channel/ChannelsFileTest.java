package org.egovhub.extranet.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.egovhub.extranet.record.RecordKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The sample channels file loads; every kind of mistake names the file, the entry and the field. */
class ChannelsFileTest {

    @TempDir
    Path dir;

    final StandardEnvironment environment = new StandardEnvironment();

    {
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("EXCHANGE_PASSWORD", "s3cret")));
    }

    List<Channel> load(String yaml) throws IOException {
        Path file = dir.resolve("channels.yml");
        Files.writeString(file, yaml);
        return ChannelsFile.load(file, environment::resolveRequiredPlaceholders);
    }

    static final String GOOD = """
            channels:
              - id: mz-one
                business-system: 系统
                department: 民政局
                record-kind: person
                legacy: {type: http, url: "http://10.0.0.1/in"}
                extranet: {type: table, url: "jdbc:postgresql://h/db", table: sgs_xzxk, username: u, password: "${EXCHANGE_PASSWORD}"}
                initial-mode: dual
            """;

    @Test
    void shouldLoadTheShippedSampleFile() {
        List<Channel> channels = ChannelsFile.load(Path.of("config/channels.yml"), environment::resolveRequiredPlaceholders);
        assertThat(channels).extracting(Channel::id).containsExactly("mz-marriage", "sgs-licence", "sgs-penalty");
        assertThat(channels.get(1).recordKind()).isEqualTo(RecordKind.LICENCE);
    }

    @Test
    void shouldResolveCredentialsFromTheEnvironmentAndKeepThemOutOfDescriptions() throws IOException {
        Channel channel = load(GOOD).get(0);
        assertThat(channel.initialMode()).isEqualTo(Mode.DUAL);
        assertThat(channel.extranet().password()).isEqualTo("s3cret");
        assertThat(channel.extranet().toString()).doesNotContain("s3cret");
        assertThat(channel.pathQueue(org.egovhub.extranet.channel.Path.EXTRANET)).isEqualTo("extranet.mz-one.extranet");
    }

    @Test
    void shouldNameTheEntryAndFieldOfAMissingUrl() {
        assertThatThrownBy(() -> load(GOOD.replace("url: \"http://10.0.0.1/in\"", "queue: x")))
                .hasMessageEndingWith("channels.yml: channel #1 (mz-one): legacy.url: missing");
    }

    @Test
    void shouldRejectAnUnknownModeKindFieldOrUnsetSecret() {
        assertThatThrownBy(() -> load(GOOD.replace("initial-mode: dual", "initial-mode: both")))
                .hasMessageContaining("(mz-one): initial-mode: 'both' is not one of [legacy, dual, extranet]");
        assertThatThrownBy(() -> load(GOOD.replace("record-kind: person", "record-kind: permit")))
                .hasMessageContaining("record-kind: 'permit' is not one of [person, licence, penalty]");
        assertThatThrownBy(() -> load(GOOD.replace("department:", "departmnt:")))
                .hasMessageContaining("(mz-one): departmnt: unknown field");
        assertThatThrownBy(() -> load(GOOD.replace("${EXCHANGE_PASSWORD}", "${NO_SUCH_PASSWORD_VAR}")))
                .hasMessageContaining("(mz-one): extranet.password: Could not resolve placeholder 'NO_SUCH_PASSWORD_VAR'");
    }

    @Test
    void shouldRejectAUrlThatDoesNotFitItsTypeAndADuplicateId() {
        assertThatThrownBy(() -> load(GOOD.replace("jdbc:postgresql://h/db", "http://h/db")))
                .hasMessageContaining("extranet.url: 'http://h/db' does not fit type table");
        assertThatThrownBy(() -> load(GOOD + GOOD.substring("channels:\n".length())))
                .hasMessageContaining("channel #2 (mz-one): id: used by another channel");
        assertThatThrownBy(() -> load(GOOD.replace("table: sgs_xzxk", "table: \"x; drop table y\"")))
                .hasMessageContaining("is not a plain table name");
    }
}
