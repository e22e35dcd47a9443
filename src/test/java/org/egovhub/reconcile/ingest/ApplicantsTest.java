package org.egovhub.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApplicantsTest {

    @Test
    void shouldMaskPersonalNamesAndIdNumbersButNotOrganisations() {
        assertThat(Applicants.mask("张三")).isEqualTo("张*");
        assertThat(Applicants.mask("欧阳娜娜")).isEqualTo("欧***");
        assertThat(Applicants.mask("11010519491231002x")).isEqualTo("110105********002X");
        assertThat(Applicants.mask("衡阳市雁峰区某某商贸有限公司")).isEqualTo("衡阳市雁峰区某某商贸有限公司");
        assertThat(Applicants.mask("𠀋一")).isEqualTo("𠀋*");
    }

    @Test
    void shouldMatchApplicantsWrittenWithBlanksOrFullWidthForms() {
        assertThat(Applicants.key(" 李 四 ")).isEqualTo(Applicants.key("李四"));
        assertThat(Applicants.key("１１０１０５１９４９１２３１００２ｘ")).isEqualTo(Applicants.key("11010519491231002X"));
        assertThat(Applicants.key("李四")).isNotEqualTo(Applicants.key("李思")).hasSize(32);
    }
}
