package org.egovhub.reconcile.departments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DepartmentsTest {

    static final Department D1 = new Department("D1", "区市场监督管理局", List.of("雁峰区市场监督管理局"), "11430406MB1234567B", "局长", "a@b.cn");
    static final Department D2 = new Department("D2", "区民政局", List.of(), null, "局长", "c@d.cn");

    @TempDir
    Path dir;

    @Test
    void shouldFindADepartmentByCodeNameAliasOrCreditCode() {
        Departments departments = new Departments(List.of(D1, D2), List.of());

        assertThat(List.of("D1", " 区市场监督管理局 ", "雁峰区市场监督管理局", "11430406mb1234567b").stream()
                .map(text -> departments.find(text).map(Department::code).orElse("?"))).containsOnly("D1");
        assertThat(departments.find("区民政局")).contains(D2);
        assertThat(departments.find("市场监督管理局")).isEmpty();
        assertThat(departments.find("")).isEmpty();
    }

    @Test
    void shouldRefuseATextThatNamesTwoDepartments() {
        Department other = new Department("D3", "区人社局", List.of("区民政局"), null, "局长", "e@f.cn");

        assertThatThrownBy(() -> new Departments(List.of(D1, D2, other), List.of()))
                .hasMessage("'区民政局' names both department D2 and department D3");
    }

    @Test
    void shouldReadTheDepartmentsFileOfTheDocumentedShape() throws Exception {
        Path file = Files.writeString(dir.resolve("departments.yml"), """
                departments:
                  - code: D1
                    name: 区市场监督管理局
                    aliases: [雁峰区市场监督管理局]
                    credit-code: 11430406MB1234567B
                    head: 市场监管局局长
                    email: d1-head@example.gov.cn
                  - code: D2
                    name: 区民政局
                    head: 民政局局长
                    email: d2-head@example.gov.cn
                leaders:
                  - name: 区长
                    email: mayor@example.gov.cn
                """);

        Departments departments = DepartmentsSource.load(file);

        assertThat(departments.all()).containsExactly(
                new Department("D1", "区市场监督管理局", List.of("雁峰区市场监督管理局"), "11430406MB1234567B", "市场监管局局长", "d1-head@example.gov.cn"),
                new Department("D2", "区民政局", List.of(), null, "民政局局长", "d2-head@example.gov.cn"));
        assertThat(departments.leaders()).containsExactly(new Leader("区长", "mayor@example.gov.cn"));
    }

    @Test
    void shouldNameTheFileTheEntryAndTheFieldOfAMistake() throws Exception {
        Path file = Files.writeString(dir.resolve("departments.yml"), """
                departments:
                  - code: D1
                    name: 区市场监督管理局
                    head: 局长
                    email: a@b.cn
                  - code: D1
                    name: 区民政局
                    head: 局长
                    email: c@d.cn
                """);
        assertThatThrownBy(() -> DepartmentsSource.load(file)).hasMessage(file + ": departments[1].code: 'D1' is already used by [0]");

        Files.writeString(file, "departments:\n  - code: D1\n    name: x\n    head: y\n    email: z@a.cn\n    head-email: q\n");
        assertThatThrownBy(() -> DepartmentsSource.load(file)).hasMessage(file + ": departments[0].head-email: unknown key (expected one of: aliases, code, credit-code, email, head, name)");
    }

    @Test
    void shouldReadTheSampleDepartmentsFile() {
        assertThat(DepartmentsSource.load(Path.of("config/departments.yml")).all()).extracting(Department::code).containsExactly("D1", "D2");
    }
}
