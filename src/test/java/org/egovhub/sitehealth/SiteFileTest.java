package org.egovhub.sitehealth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.egovhub.platform.deploy.DeploymentFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The site file as the issue writes it, and the settings under hub.site. */
class SiteFileTest {

    private static final String AS_WRITTEN = """
            site:
              root: https://www.yanfeng.gov.cn/
              hosts: [www.yanfeng.gov.cn]          # what belongs to the site; other hosts are external links
              host-delay: 1s
              concurrency: 4
              page-budget: 20000
            columns:
              - name: 雁峰动态
                url: https://www.yanfeng.gov.cn/xxgk/ywdt/
                kind: news                         # news: 2 weeks; notice, policy: 6 months; other: stale-after
              - name: 政策文件
                url: https://www.yanfeng.gov.cn/xxgk/zcwj/
                kind: policy
            wording:
              protected:                           # serious errors: a protected term written wrong
                - term: 杜家毫
                  wrong: [杜家豪]                  # explicit wrong forms; generated variants are added to them
              common:                              # common wrong words and their right form
                - wrong: 既使
                  right: 即使
            """;

    @TempDir
    Path dir;

    @Test
    void shouldReadTheFileAsTheIssueWritesIt() throws IOException {
        SiteFile site = SiteFiles.read(write(AS_WRITTEN));
        assertThat(site.site().root()).isEqualTo("https://www.yanfeng.gov.cn/");
        assertThat(site.site().hosts()).containsExactly("www.yanfeng.gov.cn");
        assertThat(site.site().hostDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(site.site().pageBudget()).isEqualTo(20000);
        assertThat(site.columns()).extracting(SiteFile.Column::name, SiteFile.Column::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("雁峰动态", SiteFile.Kind.NEWS),
                        org.assertj.core.groups.Tuple.tuple("政策文件", SiteFile.Kind.POLICY));
        assertThat(site.wording().protectedTerms()).containsExactly(new SiteFile.ProtectedTerm("杜家毫", java.util.List.of("杜家豪")));
        assertThat(site.wording().common()).containsExactly(new SiteFile.CommonWord("既使", "即使"));
    }

    @Test
    void shouldReadTheExampleFile() {
        SiteFile site = SiteFiles.read(Path.of("config/examples/site.yml"));
        assertThat(site.columns()).hasSize(4);
        assertThat(site.columns().get(3).staleAfter()).isEqualTo(Duration.ofDays(90));
    }

    @Test
    void shouldNameTheEntryAndFieldOfAMistake() throws IOException {
        Path file = write(AS_WRITTEN.replace("kind: policy", "kind: politics"));
        assertThatThrownBy(() -> SiteFiles.read(file)).isInstanceOf(DeploymentFileException.class)
                .hasMessageContaining("columns[1].kind").hasMessageContaining("'politics' is not one of [news, notice, policy, other]");
        Path noHosts = write(AS_WRITTEN.replace("  hosts: [www.yanfeng.gov.cn]", "  hosts: []"));
        assertThatThrownBy(() -> SiteFiles.read(noHosts)).hasMessageContaining("site.hosts: must not be empty");
    }

    @Test
    void shouldNameNoSiteByDefault() {
        assertThat(Path.of("config/site.yml")).doesNotExist();
        assertThat(getClass().getClassLoader().getResource("defaults/site.yml")).isNull();
        SiteHealthProperties bound = new Binder(new MapConfigurationPropertySource(Map.of("hub.site.link-timeout", "10s")))
                .bindOrCreate("hub.site", SiteHealthProperties.class);
        assertThat(bound.file()).isNull();
        assertThat(bound).isEqualTo(SiteHealthProperties.defaults());
    }

    @Test
    void shouldDefaultTheLevelsToTheNationalRules() {
        SiteHealthProperties.Levels veto = SiteHealthProperties.defaults().veto().levels();
        assertThat(veto).isEqualTo(new SiteHealthProperties.Levels(14, 5, 10, 5, null, 1, 5));
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("site-" + System.nanoTime() + ".yml");
        Files.writeString(file, text);
        return file;
    }
}
