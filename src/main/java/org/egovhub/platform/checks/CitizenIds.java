package org.egovhub.platform.checks;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The citizen ID number algorithm of GB 11643-1999 (ISO 7064 MOD 11-2 and the birth date).
 *
 * <pre>
 * CitizenIds.normalise("11010519491231002x") = "11010519491231002X"
 * CitizenIds.check("11010519491231002X", today) = Result.VALID
 * </pre>
 */
public final class CitizenIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    /** Outcome of the checks. */
    public enum Result { VALID, WRONG_FORMAT, IMPOSSIBLE_BIRTH_DATE, FUTURE_BIRTH_DATE, WRONG_CHECK_CHARACTER }

    private CitizenIds() {
    }

    /** Trims and upper-cases the check character, which people write as 'x' too. */
    public static String normalise(String id) {
        return id == null ? null : id.trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** Checks a normalised 18-character number against {@code today} for the birth date. */
    public static Result check(String id, LocalDate today) {
        if (id == null || !id.matches("\\d{17}[0-9X]")) {
            return Result.WRONG_FORMAT;
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return Result.IMPOSSIBLE_BIRTH_DATE;
        }
        if (birth.isAfter(today)) {
            return Result.FUTURE_BIRTH_DATE;
        }
        return id.charAt(17) == checkCharacter(id) ? Result.VALID : Result.WRONG_CHECK_CHARACTER;
    }

    /** The check character the first 17 digits call for. */
    public static char checkCharacter(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
