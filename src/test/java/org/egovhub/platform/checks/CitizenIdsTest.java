package org.egovhub.platform.checks;

import org.egovhub.platform.checks.CitizenIds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** GB 11643-1999 check on the examples of DOMAIN.md §2, the date traps and generated numbers. */
class CitizenIdsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void shouldAcceptTheStandardsExamples() {
        assertThat(CitizenIds.check("11010519491231002X", TODAY)).isEqualTo(CitizenIds.Result.VALID);
        assertThat(CitizenIds.check("440524188001010014", TODAY)).isEqualTo(CitizenIds.Result.VALID);
    }

    @Test
    void shouldNormaliseALowerCaseX() {
        assertThat(CitizenIds.normalise(" 11010519491231002x")).isEqualTo("11010519491231002X");
        assertThat(CitizenIds.check("11010519491231002x", TODAY)).isEqualTo(CitizenIds.Result.WRONG_FORMAT);
    }

    @Test
    void shouldRejectAWrongCheckCharacter() {
        assertThat(CitizenIds.check("110105194912310021", TODAY)).isEqualTo(CitizenIds.Result.WRONG_CHECK_CHARACTER);
    }

    @Test
    void shouldRejectImpossibleAndFutureBirthDates() {
        String feb29NonLeap = complete("43040619000229001");
        String feb29Leap = complete("43040620000229001");
        assertThat(CitizenIds.check(feb29NonLeap, TODAY)).isEqualTo(CitizenIds.Result.IMPOSSIBLE_BIRTH_DATE);
        assertThat(CitizenIds.check(feb29Leap, TODAY)).isEqualTo(CitizenIds.Result.VALID);
        assertThat(CitizenIds.check(complete("43040619901301001"), TODAY)).isEqualTo(CitizenIds.Result.IMPOSSIBLE_BIRTH_DATE);
        assertThat(CitizenIds.check(complete("43040620261128001"), TODAY)).isEqualTo(CitizenIds.Result.FUTURE_BIRTH_DATE);
        assertThat(CitizenIds.check(complete("43040620261127001"), TODAY)).isEqualTo(CitizenIds.Result.VALID);
    }

    @Test
    void shouldRejectWrongFormats() {
        assertThat(CitizenIds.check("11010519491231002", TODAY)).isEqualTo(CitizenIds.Result.WRONG_FORMAT);
        assertThat(CitizenIds.check("1101051949123100AX", TODAY)).isEqualTo(CitizenIds.Result.WRONG_FORMAT);
        assertThat(CitizenIds.check(null, TODAY)).isEqualTo(CitizenIds.Result.WRONG_FORMAT);
    }

    @Test
    void shouldAcceptGeneratedNumbersAndRejectEveryOtherCheckCharacter() {
        Random random = new Random(11643);
        for (int n = 0; n < 2000; n++) {
            LocalDate birth = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(45_000));
            String first17 = String.format("%06d%s%03d", 110000 + random.nextInt(540000),
                    birth.toString().replace("-", ""), random.nextInt(1000));
            String valid = complete(first17);
            assertThat(CitizenIds.check(valid, TODAY)).as(valid).isEqualTo(CitizenIds.Result.VALID);
            for (char c : "0123456789X".toCharArray()) {
                if (c != valid.charAt(17)) {
                    assertThat(CitizenIds.check(first17 + c, TODAY)).isEqualTo(CitizenIds.Result.WRONG_CHECK_CHARACTER);
                }
            }
        }
    }

    static String complete(String first17) {
        return first17 + CitizenIds.checkCharacter(first17);
    }
}
