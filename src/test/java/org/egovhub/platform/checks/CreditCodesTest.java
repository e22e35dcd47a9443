package org.egovhub.platform.checks;

import org.egovhub.platform.checks.CreditCodePolicy;
import org.egovhub.platform.checks.CreditCodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** GB 32100-2015 check on the real codes and traps listed in DOMAIN.md §1 and on generated codes. */
class CreditCodesTest {

    static final CreditCodePolicy POLICY = new CreditCodePolicy(Set.of("91350100M0001TGQXM", "91350203M0001FUE2P"));

    @ParameterizedTest
    @ValueSource(strings = {"914403001922038216", "9144030071526726XG", "91330100799655058B", "91512081MA62K0260E",
        "12441500196720244T", "11650000010183859F", "11511301008778183N", "115113010833722043"})
    void shouldAcceptRealCodesWithoutWarning(String code) {
        assertThat(CreditCodes.check(code)).isEqualTo(CreditCodes.Result.VALID);
        assertThat(CreditCodes.innerCheckPasses(code)).isTrue();
        assertThat(POLICY.accepts(code)).isTrue();
        assertThat(POLICY.warnings(code)).isEmpty();
    }

    @Test
    void shouldRejectTheStandardsWorkedCounterExample() {
        assertThat(CreditCodes.check("91350100M000100Y4Z")).isEqualTo(CreditCodes.Result.BAD_CHARACTER);
        assertThat(CreditCodes.expectedCheckCharacter("91350100M000100Y4Z")).isEqualTo('3');
        assertThat(CreditCodes.check("91350100M000100Y43")).isEqualTo(CreditCodes.Result.VALID);
    }

    @Test
    void shouldAcceptKnownFujianExceptionsOnlyWithWarningAndOnlyWhenListed() {
        assertThat(CreditCodes.check("91350100M0001TGQXM")).isEqualTo(CreditCodes.Result.WRONG_CHECK_CHARACTER);
        assertThat(POLICY.accepts("91350100M0001TGQXM")).isTrue();
        assertThat(POLICY.warnings("91350203M0001FUE2P")).anyMatch(w -> w.startsWith("known exception"));
        assertThat(new CreditCodePolicy(Set.of()).accepts("91350100M0001TGQXM")).isFalse();
    }

    @Test
    void shouldAcceptThePlaceholderOfSoleTradersWithWarning() {
        assertThat(CreditCodes.expectedCheckCharacter(CreditCodes.PLACEHOLDER)).isEqualTo('0');
        assertThat(CreditCodes.check(CreditCodes.PLACEHOLDER)).isEqualTo(CreditCodes.Result.WRONG_CHECK_CHARACTER);
        assertThat(POLICY.accepts(CreditCodes.PLACEHOLDER)).isTrue();
        assertThat(POLICY.warnings(CreditCodes.PLACEHOLDER)).containsExactly("个体工商户 placeholder (17 zeros + X)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91440300192203821", "9144030019220382166", "", "91440300192203821I", "91440300192203821o",
        "9144O3001922038216"})
    void shouldRejectWrongLengthOrAlphabet(String code) {
        assertThat(CreditCodes.check(code)).isIn(CreditCodes.Result.WRONG_LENGTH, CreditCodes.Result.BAD_CHARACTER);
        assertThat(POLICY.accepts(code)).isFalse();
    }

    @Test
    void shouldWarnWhenOnlyTheInnerCheckOrTheKindIsOff() {
        String innerWrong = CreditCodes.withCheckCharacter("91440300192203822");
        assertThat(POLICY.accepts(innerWrong)).isTrue();
        assertThat(POLICY.warnings(innerWrong)).containsExactly("organisation code check (position 17) fails");
        String unknownKind = CreditCodes.withCheckCharacter("K4440300192203821");
        assertThat(POLICY.warnings(unknownKind)).anyMatch(w -> w.contains("K4"));
    }

    @Test
    void shouldAcceptEveryGeneratedCodeAndRejectEveryWrongCheckCharacter() {
        Random random = new Random(32100);
        for (int n = 0; n < 2000; n++) {
            StringBuilder first17 = new StringBuilder();
            for (int i = 0; i < 17; i++) {
                first17.append(CreditCodes.ALPHABET.charAt(random.nextInt(31)));
            }
            String valid = CreditCodes.withCheckCharacter(first17.toString());
            assertThat(CreditCodes.check(valid)).as(valid).isEqualTo(CreditCodes.Result.VALID);
            char wrong = CreditCodes.ALPHABET.charAt((CreditCodes.ALPHABET.indexOf(valid.charAt(17)) + 1 + random.nextInt(30)) % 31);
            String invalid = valid.substring(0, 17) + wrong;
            assertThat(CreditCodes.check(invalid)).as(invalid).isEqualTo(CreditCodes.Result.WRONG_CHECK_CHARACTER);
        }
    }
}
