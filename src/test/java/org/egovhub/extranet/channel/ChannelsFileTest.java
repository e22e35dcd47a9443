package org.egovhub.extranet.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.egovhub.extranet.record.RecordKind;
import org.egovhub.platform.deploy.DeploymentFileException;
import org.egovhub.platform.deploy.DeploymentFileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The shipped channels files load; every kind of mistake names the file, the entry and the field in one line. */
class ChannelsFileTest {

    static final DeploymentFileReader READER = new DeploymentFileReader(Validation.buildDefaultValidatorFactory().getValidator());

    @TempDir
    Path dir;

    final StandardEnvironment environment = new StandardEnvironment();

    {
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("EXCHANGE_PASSWORD", "s3cret",
                "hub.data-dir", "/srv/hub/data", "hub.broker.port", "61617", "spring.datasource.url", "jdbc:h2:file:/srv/hub/data/db/hub",
                "spring.datasource.username", "sa")));
    }

    Path file(String yaml) throws IOException {
        Path file = dir.resolve("channels.yml");
        Files.writeString(file, yaml);
        return file;
    }

    List<Channel> load(String yaml) throws IOException {
        return READER.read(file(yaml), ChannelsFile.class, environment::resolveRequiredPlaceholders).channels();
    }

    /** The one line a bad file stops the start with, without the file name in front. */
    String problem(String yaml) throws IOException {
        Path file = file(yaml);
        try {
            READER.read(file, ChannelsFile.class, environment::resolveRequiredPlaceholders);
        } catch (DeploymentFileException e) {
            assertThat(e.getMessage()).startsWith(file + ": ");
            return e.getMessage().substring((file + ": ").length());
        }
        throw new AssertionError("the file was accepted");
    }

    static final String GOOD = """
            channels:
              - id: mz-one
                business-system: 系统
                department: 民政局
                record-kind: person
                legacy: {type: http, url: "http://127.0.0.1:9/in"}
                extranet: {type: table, url: "jdbc:postgresql://h/db", table: sgs_xzxk, username: u, password: "${EXCHANGE_PASSWORD}"}
                initial-mode: dual
            """;

    @Test
    void shouldLoadTheShippedFileWithEveryTargetOnTheHubItself() {
        List<Channel> channels = READER.read(Path.of("config/channels.yml"), ChannelsFile.class,
                environment::resolveRequiredPlaceholders).channels();

        assertThat(channels).extracting(Channel::id).containsExactly("mz-marriage", "sgs-licence", "sgs-penalty");
        assertThat(channels).extracting(Channel::recordKind).containsExactly(RecordKind.PERSON, RecordKind.LICENCE, RecordKind.PENALTY);
        assertThat(channels.get(0).directory()).isEqualTo("/srv/hub/data/extranet-drops/mz-marriage");
        assertThat(channels.get(0).legacy()).isEqualTo(new Target(Target.Type.QUEUE, "tcp://127.0.0.1:61617",
                "local.mz-marriage.legacy", null, "hub", ""));
        assertThat(channels.get(1).extranet()).isEqualTo(new Target(Target.Type.TABLE, "jdbc:h2:file:/srv/hub/data/db/hub", null,
                "extranet_local_xzxk", "sa", ""));
        assertThat(channels.get(2).initialMode()).isEqualTo(Mode.LEGACY);
    }

    @Test
    void shouldLoadTheProductionExampleOnceItsPlaceholdersAreGivenAndNameTheFirstMissingOne() {
        Path example = Path.of("config/examples/channels.yml");
        assertThatThrownBy(() -> READER.read(example, ChannelsFile.class, environment::resolveRequiredPlaceholders))
                .hasMessage("config/examples/channels.yml: channels[0].legacy.url: ${MZ_MARRIAGE_LEGACY_URL} is not set (no environment"
                        + " variable or setting has that name); channels[0].extranet.url: ${MZ_EXTRANET_BROKER_URL} is not set (no environment"
                        + " variable or setting has that name); channels[0].extranet.username: ${MZ_EXTRANET_USER} is not set (no environment"
                        + " variable or setting has that name); and 9 more");

        environment.getPropertySources().addFirst(new MapPropertySource("production", Map.of(
                "MZ_MARRIAGE_LEGACY_URL", "http://mz-legacy.example:8080/mz/marriage/records",
                "MZ_EXTRANET_BROKER_URL", "tcp://mz-broker.example:61616", "MZ_EXTRANET_USER", "hub", "MZ_EXTRANET_PASSWORD", "p",
                "SGS_LEGACY_URL", "http://xygs.example/xygs", "SGS_EXCHANGE_URL", "jdbc:postgresql://qzk.example:5432/qzk",
                "SGS_EXCHANGE_USER", "hub", "SGS_EXCHANGE_PASSWORD", "p")));
        List<Channel> channels = READER.read(example, ChannelsFile.class, environment::resolveRequiredPlaceholders).channels();
        assertThat(channels).extracting(Channel::id).containsExactly("mz-marriage", "sgs-licence", "sgs-penalty");
        assertThat(channels.get(2).legacy().url()).isEqualTo("http://xygs.example/xygs/penalty");
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
    void shouldNameTheEntryAndFieldOfAMissingUrl() throws IOException {
        assertThat(problem(GOOD.replace("url: \"http://127.0.0.1:9/in\"", "queue: x"))).isEqualTo("channels[0].legacy.url: must not be blank");
    }

    @Test
    void shouldRejectAnUnknownModeKindKeyOrUnsetPlaceholder() throws IOException {
        assertThat(problem(GOOD.replace("initial-mode: dual", "initial-mode: both")))
                .isEqualTo("channels[0].initial-mode: 'both' is not one of [legacy, dual, extranet]");
        assertThat(problem(GOOD.replace("record-kind: person", "record-kind: permit")))
                .isEqualTo("channels[0].record-kind: 'permit' is not one of [person, licence, penalty]");
        assertThat(problem(GOOD.replace("department:", "departmnt:"))).isEqualTo("channels[0].departmnt: unknown key (expected one of:"
                + " business-system, department, directory, extranet, id, initial-mode, legacy, record-kind)");
        assertThat(problem(GOOD.replace("${EXCHANGE_PASSWORD}", "${NO_SUCH_PASSWORD_VAR}"))).isEqualTo("channels[0].extranet.password:"
                + " ${NO_SUCH_PASSWORD_VAR} is not set (no environment variable or setting has that name)");
    }

    @Test
    void shouldRejectAUrlThatDoesNotFitItsTypeADuplicateIdAndATableThatIsNotAName() throws IOException {
        assertThat(problem(GOOD.replace("jdbc:postgresql://h/db", "http://h/db")))
                .isEqualTo("channels[0].extranet.url: must be a JDBC URL (jdbc:...) for a table target");
        assertThat(problem(GOOD.replace("{type: http, url: \"http://127.0.0.1:9/in\"}", "{type: http, url: \"ftp://h/in\"}")))
                .isEqualTo("channels[0].legacy.url: must be an http(s) URL");
        assertThat(problem(GOOD + GOOD.substring("channels:\n".length()))).isEqualTo("channels[1].id: 'mz-one' is already used by [0]");
        assertThat(problem(GOOD.replace("table: sgs_xzxk", "table: \"x; drop table y\"")))
                .isEqualTo("channels[0].extranet.table: must be a plain table name (letters, digits and _, or schema.table)");
        assertThat(problem(GOOD.replace("{type: http, url: \"http://127.0.0.1:9/in\"}", "{type: queue, url: \"tcp://127.0.0.1:61616\"}")))
                .isEqualTo("channels[0].legacy.queue: must not be blank for a queue target");
    }

    @Test
    void shouldListSeveralProblemsOfOneFileInFileOrderOnOneLine() throws IOException {
        assertThat(problem(GOOD.replace("id: mz-one", "id: MZ").replace("department: 民政局", "department: \"\"")
                .replace("initial-mode: dual", "")))
                .isEqualTo("channels[0].id: use lower-case letters, digits and dashes (at most 40); channels[0].department:"
                        + " must not be blank; channels[0].initial-mode: must not be null");
    }
}
