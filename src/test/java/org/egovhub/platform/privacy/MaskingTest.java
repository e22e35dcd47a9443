package org.egovhub.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void shouldMaskEighteenCharacterIdNumbers() {
        assertThat(Masking.mask("身份证 11010519491231002X 已核验")).isEqualTo("身份证 110105********002X 已核验");
        assertThat(Masking.mask("id=440524188001010014;")).isEqualTo("id=440524********0014;");
    }

    @Test
    void shouldMaskLegacyFifteenDigitIdNumbers() {
        assertThat(Masking.mask("旧证 110105491231002")).isEqualTo("旧证 110105******002");
    }

    @Test
    void shouldMaskMobileAndLandlineNumbers() {
        assertThat(Masking.mask("电话13812345678")).isEqualTo("电话138****5678");
        assertThat(Masking.mask("+86 13812345678")).isEqualTo("+86 138****5678");
        assertThat(Masking.mask("座机 0734-8123456")).isEqualTo("座机 0734-***3456");
    }

    @Test
    void shouldLeaveCreditCodesDatesAndCaseNumbersAlone() {
        String text = "统一社会信用代码 914403001922038216 于 2024-05-30 办件 12441500196720244T3442199806003";
        assertThat(Masking.mask(text)).isEqualTo(text);
    }

    @Test
    void shouldMaskOneIdNumberKeepingRegionAndLastFour() {
        assertThat(Masking.maskIdNumber("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(Masking.maskIdNumber(null)).isNull();
    }

    @Test
    void shouldTellWhetherATextHoldsAnIdNumber() {
        assertThat(Masking.holdsIdNumber("张三，身份证号码 11010519491231002X。")).isTrue();
        assertThat(Masking.holdsIdNumber("已脱敏：110105********002X")).isFalse();
        assertThat(Masking.holdsIdNumber("统一社会信用代码 91430406MA4L0XXX1X，文号 2018010100001")).isFalse();
        assertThat(Masking.holdsIdNumber(null)).isFalse();
    }
}
