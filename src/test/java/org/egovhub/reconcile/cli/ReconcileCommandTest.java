package org.egovhub.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line mode in-process: reports written, table printed, exit codes. */
class ReconcileCommandTest {

    static final String DEPARTMENTS = """
            departments:
              - code: D1
                name: 区市场监督管理局
                aliases: [雁峰区市场监督管理局]
                head: 局长
                email: d1@example.gov.cn
              - code: D2
                name: 区民政局
                head: 局长
                email: d2@example.gov.cn
            leaders:
              - name: 区长
                email: mayor@example.gov.cn
            """;

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return ReconcileCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    String[] args(String quarter, Path online, Path actual) throws Exception {
        return new String[] {"--quarter=" + quarter, "--online=" + online, "--actual=" + actual,
            "--departments=" + write("departments.yml", DEPARTMENTS), "--out=" + dir.resolve("out")};
    }

    @Test
    void shouldWriteTheThreeReportsAndPrintTheTableAndExitZeroAlsoWithRejectedRows() throws Exception {
        Path online = write("online.csv", """
                办件编号,实施机构,事项编码,申请人,受理时间,录入时间
                A1,D1,X,张伟,2018-01-05 09:00,2018-01-05 09:10
                B1,区民政局,Y,李娜,2018-02-01,2018-02-20
                B9,区民政局,Y,王芳,2018-02-30,2018-02-20
                """);
        Path actual = write("actual.csv", """
                办件编号,实施机构,事项编码,申请人,受理时间
                A1,雁峰区市场监督管理局,X,张伟,2018-01-05 09:00
                B1,D2,Y,李娜,2018-02-01
                B2,D2,Y,赵敏,2018/3/1 10:00
                """);

        int exit = run(args("2018Q1", online, actual));

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(exit).isZero();
        Path reports = dir.resolve("out");
        assertThat(reports.resolve("report.xlsx")).isNotEmptyFile();
        assertThat(Files.readString(reports.resolve("report.html"))).contains("区民政局", "50.00%").doesNotContain("赵敏", "李娜");
        assertThat(Files.readString(reports.resolve("report.json")).replaceAll("\\s", "")).isEqualTo("{\"quarter\":\"2018Q1\","
                + "\"departments\":[{\"code\":\"D1\",\"name\":\"区市场监督管理局\",\"actual\":1,\"online\":1,\"matched\":1,\"missing\":0,"
                + "\"late\":0,\"onlineOnly\":0,\"onlineRate\":1.0000,\"syncRate\":1.0000,\"flagged\":false},"
                + "{\"code\":\"D2\",\"name\":\"区民政局\",\"actual\":2,\"online\":1,\"matched\":1,\"missing\":1,\"late\":1,"
                + "\"onlineOnly\":0,\"onlineRate\":0.5000,\"syncRate\":0.0000,\"flagged\":true}],"
                + "\"rejected\":{\"online\":1,\"actual\":0}}");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
                2018Q1 2018年第1季度
                代码  部门              实际  网上  匹配  未上网  超期  仅网上  上网率  同步率  标记
                D1    区市场监督管理局     1     1     1       0     0       0  1.0000  1.0000
                D2    区民政局             2     1     1       1     1       0  0.5000  0.0000     *
                *     全区                 3     2     2       1     1       0  0.6666  0.3333     *
                拒收行 rejected rows: online 1, actual 0
                """);
    }

    @Test
    void shouldExitOneWithAOneLineReasonForABadQuarter() throws Exception {
        Path file = write("x.csv", "办件编号,实施机构,受理时间\n");

        assertThat(run(args("2018Q5", file, file))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("reconcile: --quarter: '2018Q5' is not a quarter like 2018Q1\n");
    }

    @Test
    void shouldExitOneForAMissingFile() throws Exception {
        Path file = write("x.csv", "办件编号,实施机构,受理时间\n");

        assertThat(run(args("2018Q1", dir.resolve("nope.csv"), file))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("reconcile: --online: " + dir.resolve("nope.csv")
                + " is not a readable file\n");
    }

    @Test
    void shouldExitOneForAFileThatCannotBeUsedAtAll() throws Exception {
        Path online = write("online.csv", "办件编号,实施机构,受理时间\nA1,D1,2018-01-05\n");
        Path actual = write("actual.csv", "办件编号,实施机构,申请人\nA1,D1,张伟\n");

        assertThat(run(args("2018Q1", online, actual))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("reconcile: --actual: " + actual + ": missing column 受理时间\n");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void shouldExitOneForABadDepartmentsFile() throws Exception {
        Path file = write("x.csv", "办件编号,实施机构,受理时间\n");
        Path departments = write("bad.yml", "departments:\n  - code: D1\n    head: 局长\n    email: a@b.cn\n");

        int exit = run("--quarter=2018Q1", "--online=" + file, "--actual=" + file, "--departments=" + departments, "--out=" + dir);

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("reconcile: " + departments + ": departments[0].name: must not be blank\n");
    }

    @Test
    void shouldExitOneForAnUnknownOption() {
        assertThat(run("--quarter=2018Q1", "--onlin=x")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("reconcile: unknown option --onlin; usage: reconcile --quarter=");
    }
}
