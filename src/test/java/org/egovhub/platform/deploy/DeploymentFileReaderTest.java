package org.egovhub.platform.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One literal file, one read, one exact line for each kind of problem. */
class DeploymentFileReaderTest {

    /** A small deployment file: nested records, a list of records, a choice, a duration, a flag and a number. */
    record Office(@NotNull @Unique("name") List<@NotNull @Valid Desk> desks, @Valid Contact contact) {
    }

    record Desk(@NotBlank String name, @NotNull Kind kind, Duration openFor, boolean shared, @Min(1) int seats,
            List<@NotBlank String> tags) {
    }

    record Contact(@NotBlank String mailHost) {
    }

    enum Kind { FRONT_DESK, BACK_OFFICE }

    static final DeploymentFileReader READER = new DeploymentFileReader(Validation.buildDefaultValidatorFactory().getValidator());

    @TempDir
    Path dir;

    @Test
    void shouldBindKebabCaseKeysChoicesInAnyCaseAndSpringDurations() throws IOException {
        Office office = READER.read(write("""
                desks:
                  - name: 窗口一
                    kind: front-desk
                    open-for: 8h
                    shared: true
                    seats: 2
                    tags: [民政, 婚姻]
                contact:
                  mail-host: localhost
                """), Office.class);

        assertThat(office).isEqualTo(new Office(List.of(new Desk("窗口一", Kind.FRONT_DESK, Duration.ofHours(8), true, 2,
                List.of("民政", "婚姻"))), new Contact("localhost")));
    }

    @Test
    void shouldResolvePlaceholdersInEveryTextValueBeforeBinding() throws IOException {
        UnaryOperator<String> placeholders = text -> text.replace("${kind}", "back-office").replace("${host}", "127.0.0.1");

        Office office = READER.read(write("desks:\n  - {name: a, kind: \"${kind}\", seats: 1, tags: [\"${host}\"]}\n"
                + "contact: {mail-host: \"${host}\"}\n"), Office.class, placeholders);

        assertThat(office.desks().get(0).kind()).isEqualTo(Kind.BACK_OFFICE);
        assertThat(office.desks().get(0).tags()).containsExactly("127.0.0.1");
        assertThat(office.contact().mailHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void shouldNameAMissingFileAFolderAndAFileThatIsNotUtf8() throws IOException {
        assertThat(problem(dir.resolve("absent.yml"))).isEqualTo(dir.resolve("absent.yml") + ": not found");
        assertThat(problem(dir)).isEqualTo(dir + ": is a folder, not a file");
        Path gbk = dir.resolve("gbk.yml");
        Files.write(gbk, "desks:\n  - name: 窗口一\n".getBytes(Charset.forName("GBK")));
        assertThat(problem(gbk)).isEqualTo(gbk + ": is not UTF-8 text (save it as UTF-8)");
    }

    @Test
    void shouldNameTheLineAndColumnOfYamlThatIsNotYamlOrRepeatsAKey() throws IOException {
        assertThat(problemIn("desks:\n  - name: a\n    kind: [front-desk\n"))
                .isEqualTo("line 4, column 1: not valid YAML: expected ',' or ']', but got <stream end>");
        assertThat(problemIn("desks:\n  - name: a\n    kind: front-desk: back-office\n"))
                .isEqualTo("line 3, column 21: not valid YAML: mapping values are not allowed here");
        assertThat(problemIn("desks: []\ncontact:\n  mail-host: a\n  mail-host: b\n"))
                .isEqualTo("line 4: key 'mail-host' is given twice");
    }

    @Test
    void shouldNameAnUnknownKeyWithTheKeysThatAreKnown() throws IOException {
        assertThat(problemIn("desks: []\nconatct: {mail-host: a}\n")).isEqualTo("conatct: unknown key (expected one of: contact, desks)");
        assertThat(problemIn("desks:\n  - {name: a, kind: front-desk, seats: 1, colour: red}\n"))
                .isEqualTo("desks[0].colour: unknown key (expected one of: kind, name, open-for, seats, shared, tags)");
    }

    @Test
    void shouldNameAValueOfTheWrongType() throws IOException {
        assertThat(problemIn("desks: front-desk\n")).isEqualTo("desks: expected a list");
        assertThat(problemIn("desks: [a]\n")).isEqualTo("desks[0]: expected a mapping (key: value lines)");
        assertThat(problemIn("desks:\n  - {name: [a, b], kind: front-desk, seats: 1}\n"))
                .isEqualTo("desks[0].name: expected a single value, not a list or a mapping");
        assertThat(problemIn("desks:\n  - {name: a, kind: side-desk, seats: 1}\n"))
                .isEqualTo("desks[0].kind: 'side-desk' is not one of [front-desk, back-office]");
        assertThat(problemIn("desks:\n  - {name: a, kind: front-desk, seats: 1, shared: maybe}\n"))
                .isEqualTo("desks[0].shared: 'maybe' is not true or false");
        assertThat(problemIn("desks:\n  - {name: a, kind: front-desk, seats: two}\n"))
                .isEqualTo("desks[0].seats: 'two' is not a number");
        assertThat(problemIn("desks:\n  - {name: a, kind: front-desk, seats: 1, open-for: all day}\n"))
                .isEqualTo("desks[0].open-for: 'all day' is not a duration such as 30s, 15m, 2h or 7d");
        assertThat(problemIn("- a\n- b\n")).isEqualTo("expected a mapping (key: value lines)");
    }

    @Test
    void shouldNameEveryConstraintViolationByEntryAndFieldInTheOrderOfTheFormat() throws IOException {
        assertThat(problemIn("")).isEqualTo("desks: must not be null");
        assertThat(problemIn("desks:\n  - {name: a, kind: front-desk, seats: 1}\n  -\n  - {name: a, seats: 0, tags: [\"\"]}\n"
                + "contact: {mail-host: \" \"}\n"))
                .isEqualTo("desks[1]: must not be null; desks[2].name: 'a' is already used by [0]; desks[2].kind: must not be null;"
                        + " and 3 more");
        DeploymentFileException e = catchThrowableOfType(DeploymentFileException.class, () -> READER.read(write(
                "desks:\n  - {name: a, kind: front-desk, seats: 1}\n  -\n  - {name: a, seats: 0, tags: [\"\"]}\n"), Office.class));
        assertThat(e.problems()).extracting(DeploymentFileException.Problem::toString).containsExactly(
                "desks[1]: must not be null", "desks[2].name: 'a' is already used by [0]", "desks[2].kind: must not be null",
                "desks[2].seats: must be greater than or equal to 1", "desks[2].tags[0]: must not be blank");
    }

    @Test
    void shouldNameABuiltInFileAsItIsShown() {
        DeploymentFileException e = catchThrowableOfType(DeploymentFileException.class, () -> READER.read("built-in config/office.yml",
                new ByteArrayInputStream("desks: 1\n".getBytes(StandardCharsets.UTF_8)), Office.class, UnaryOperator.identity()));

        assertThat(e).hasMessage("built-in config/office.yml: desks: expected a list");
        assertThat(e.file()).isEqualTo("built-in config/office.yml");
    }

    @Test
    void shouldKeepAValueThatLooksLikeAMessageParameterOutOfTheMessageTemplate() throws IOException {
        assertThat(problemIn("desks:\n  - {name: \"{min} ${1+1}\", kind: front-desk, seats: 1}\n"
                + "  - {name: \"{min} ${1+1}\", kind: front-desk, seats: 1}\n"))
                .isEqualTo("desks[1].name: '{min} ${1+1}' is already used by [0]");
    }

    private String problemIn(String yaml) throws IOException {
        Path file = write(yaml);
        String line = problem(file);
        assertThat(line).startsWith(file + ": ");
        return line.substring((file + ": ").length());
    }

    private static String problem(Path file) {
        DeploymentFileException e = catchThrowableOfType(DeploymentFileException.class, () -> READER.read(file, Office.class));
        assertThat(e).as("a problem with " + file).isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n");
        return e.getMessage();
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("office.yml");
        Files.writeString(file, yaml);
        return file;
    }

}
