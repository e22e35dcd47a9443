package org.egovhub.sitehealth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.egovhub.sitehealth.cli.SiteCheckCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** {@code site-check} on the local test site: the three reports, the verdict printed, exit codes. */
class SiteCheckCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @Test
    void shouldWriteTheReportsAndPrintTheVerdict() throws Exception {
        try (LocalSite local = new LocalSite("site")) {
            Path site = Files.writeString(dir.resolve("site.yml"), local.siteFile(100));
            Path reports = dir.resolve("out");
            int code = run("--site=" + site, "--out=" + reports, "--hub.site.link-timeout=1s", "--hub.site.external-host-delay=0s");
            assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("网站检查 " + local.site.url("/index.html") + "：单项否决风险 (veto)\n");
            ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
            JsonNode report = json.readTree(reports.resolve("report.json").toFile());
            assertThat(report.get("verdict").asText()).isEqualTo("veto");
            assertThat(report.get("ranAt").asText()).isEqualTo("2018-04-01T10:00:00+08:00");
            assertThat(report.get("checks").get(0).toString())
                    .isEqualTo("{\"check\":\"homepage-stale\",\"value\":15,\"warn\":10,\"veto\":14,\"status\":\"veto\"}");
            assertThat(report.get("checks").get(4).toString())
                    .isEqualTo("{\"check\":\"broken-links\",\"value\":7,\"warn\":1,\"veto\":null,\"status\":\"warn\"}");
            assertThat(report.get("findings").toString())
                    .contains("{\"kind\":\"broken-link\",\"url\":\"" + local.site.url("/err/500") + "\",\"page\":\"" + local.site.url("/index.html")
                            + "\",\"status\":500}")
                    .contains("{\"kind\":\"broken-link\",\"url\":\"" + local.site.url("/err/slow") + "\",\"page\":\"" + local.site.url("/index.html")
                            + "\",\"status\":\"timeout\"}")
                    .contains("{\"kind\":\"stale-column\",\"column\":\"政策文件\",\"days\":212}")
                    .contains("{\"kind\":\"blank-column\",\"column\":\"专题A\"}")
                    .contains("{\"kind\":\"homepage-stale\",\"days\":15}");
            try (InputStream in = Files.newInputStream(reports.resolve("report.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
                assertThat(book.getSheet("问题清单").getLastRowNum()).isEqualTo(report.get("findings").size());
                assertThat(book.getSheet("检查结果").getRow(1).getCell(0).getStringCellValue()).isEqualTo("首页未更新天数");
            }
            assertThat(Files.readString(reports.resolve("report.html"))).contains("总体结论：<strong class=\"veto\">单项否决风险</strong>")
                    .contains("杜佳毫");
            assertThat(local.site.requests("/index.html")).hasSize(2); // the crawl and the one probe
        }
    }

    @Test
    void shouldRefuseBadInputWithOneLine() throws Exception {
        assertThat(run("--out=" + dir)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("site-check: missing --site; " + "usage: site-check --site=FILE --out=DIR [--hub.site.<setting>=VALUE ...]\n");
        err.reset();
        Path bad = Files.writeString(dir.resolve("bad.yml"), "site:\n  root: ftp://x/\n  hosts: [x]\n");
        assertThat(run("--site=" + bad, "--out=" + dir.resolve("o"))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("site-check: " + bad + ": site.root: must be an http(s) URL\n");
        err.reset();
        Path good = Files.writeString(dir.resolve("good.yml"), "site:\n  root: http://127.0.0.1:1/\n  hosts: [127.0.0.1:1]\n");
        assertThat(run("--site=" + good, "--out=" + dir.resolve("o"), "--hub.site.link-timeout=soon")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("site-check: --hub.site.link-timeout: ");
    }

    private int run(String... args) {
        return SiteCheckCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                SiteCheckTest.CLOCK);
    }
}
