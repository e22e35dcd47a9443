package org.egovhub.sitehealth.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.egovhub.sitehealth.SiteFile;
import org.junit.jupiter.api.Test;

/** The wording dictionary: generated variants, explicit wrong forms, common words; a right term never reported. */
class WordingCheckTest {

    private static final SiteFile.Wording WORDING = new SiteFile.Wording(
            List.of(new SiteFile.ProtectedTerm("杜家毫", List.of("杜加毫")), new SiteFile.ProtectedTerm("中华人民共和国", null)),
            List.of(new SiteFile.CommonWord("既使", "即使"), new SiteFile.CommonWord("家毫", "家豪")));

    private final WordingCheck check = new WordingCheck(WORDING, ConfusionSet.shipped());

    @Test
    void shouldReportGeneratedAndExplicitWrongFormsOfAProtectedTerm() {
        assertThat(check.check("p", "省委书记杜家豪、杜加毫，中华入民共和国")).extracting(Finding::found, Finding::expected, Finding::serious)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("杜家豪", "杜家毫", true),
                        org.assertj.core.groups.Tuple.tuple("杜加毫", "杜家毫", true),
                        org.assertj.core.groups.Tuple.tuple("中华入民共和国", "中华人民共和国", true));
    }

    @Test
    void shouldNeverReportAProtectedTermWrittenRight() {
        // "家毫" is on the common list but lies inside the right 杜家毫: not reported
        assertThat(check.check("p", "省委书记杜家毫同志，中华人民共和国万岁")).isEmpty();
    }

    @Test
    void shouldReportACommonWrongWordOncePerPage() {
        assertThat(check.check("p", "既使下雨，既使刮风")).containsExactly(Finding.wording("p", "既使", "即使", "既使下雨，既使刮风", false));
    }

    @Test
    void shouldFindOverlappingWordsInOnePass() {
        AhoCorasick<String> words = new AhoCorasick<>(Map.of("he", "1", "she", "2", "his", "3", "hers", "4"));
        assertThat(words.find("ushers")).extracting(AhoCorasick.Match::value).containsExactly("2", "1", "4");
    }
}
