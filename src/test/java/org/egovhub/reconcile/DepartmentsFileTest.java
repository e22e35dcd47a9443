package org.egovhub.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.egovhub.platform.deploy.DeploymentFileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped departments file loads; codes are unique, addresses well formed, credit codes checked when given. */
class DepartmentsFileTest {

    static final DeploymentFileReader READER = new DeploymentFileReader(Validation.buildDefaultValidatorFactory().getValidator());

    static final String D1 = """
              - code: D1
                name: 区市场监督管理局
                aliases: [雁峰区市场监督管理局]
                credit-code: 11430406MB1234567B
                head: 市场监管局局长
                email: d1-head@example.gov.cn
            """;

    @TempDir
    Path dir;

    @Test
    void shouldReadTheShippedFile() {
        DepartmentsFile file = READER.read(Path.of("config/departments.yml"), DepartmentsFile.class);

        assertThat(file.departments()).extracting(DepartmentsFile.Department::code).containsExactly("D1", "D2");
        assertThat(file.departments().get(0)).isEqualTo(new DepartmentsFile.Department("D1", "区市场监督管理局",
                List.of("雁峰区市场监督管理局"), "11430406MB1234567B", "市场监管局局长", "d1-head@example.gov.cn"));
        assertThat(file.leaders()).containsExactly(new DepartmentsFile.Leader("区长", "mayor@example.gov.cn"));
    }

    @Test
    void shouldDefaultAliasesAndLeadersToNoneAndLeaveTheCreditCodeOptional() throws IOException {
        DepartmentsFile file = READER.read(write("departments:\n  - {code: D9, name: 区档案馆, head: 馆长, email: d9@example.gov.cn}\n"),
                DepartmentsFile.class);

        assertThat(file.departments().get(0).aliases()).isEmpty();
        assertThat(file.departments().get(0).creditCode()).isNull();
        assertThat(file.leaders()).isEmpty();
    }

    @Test
    void shouldRefuseARepeatedCodeABadAddressAndAWrongCheckCharacter() throws IOException {
        Path twice = write("departments:\n" + D1 + D1);
        assertThatThrownBy(() -> READER.read(twice, DepartmentsFile.class))
                .hasMessage(twice + ": departments[1].code: 'D1' is already used by [0]");

        Path mail = write("departments:\n" + D1.replace("d1-head@example.gov.cn", "d1-head") + "leaders:\n  - {name: 区长, email: mayor at gov}\n");
        assertThatThrownBy(() -> READER.read(mail, DepartmentsFile.class))
                .hasMessage(mail + ": departments[0].email: must be a well-formed email address;"
                        + " leaders[0].email: must be a well-formed email address");

        Path code = write("departments:\n" + D1.replace("11430406MB1234567B", "11430406MB1234567C"));
        assertThatThrownBy(() -> READER.read(code, DepartmentsFile.class))
                .hasMessage(code + ": departments[0].credit-code: credit code check character (position 18) is wrong");
    }

    @Test
    void shouldRefuseTheKeysOfTheOldFormat() throws IOException {
        Path old = write("departments:\n  - {id: minzheng, name: 雁峰区民政局, head: 局长, head-email: mz@example.gov.cn}\n");

        assertThatThrownBy(() -> READER.read(old, DepartmentsFile.class))
                .hasMessage(old + ": departments[0].id: unknown key (expected one of: aliases, code, credit-code, email, head, name)");
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("departments.yml");
        Files.writeString(file, yaml);
        return file;
    }
}
