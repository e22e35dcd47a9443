package org.egovhub.platform.checks;

import java.util.Set;

/**
 * The unified social credit code algorithm of GB 32100-2015, without any policy on exceptions.
 *
 * <pre>
 * CreditCodes.check("914403001922038216")  = Result.VALID
 * CreditCodes.check("91350100M000100Y4Z")  = Result.WRONG_CHECK_CHARACTER
 * CreditCodes.expectedCheckCharacter("00000000000000000X") = '0'
 * </pre>
 */
public final class CreditCodes {

    /** The 31 characters in value order 0..30; I, O, S, V and Z are never used. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** What the 个体工商户 without a code put in the field for 双公示 reporting. */
    public static final String PLACEHOLDER = "00000000000000000X";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] INNER_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /** Position-1/2 pairs seen in use; others are well-formed but unknown (UNVERIFIED list). */
    private static final Set<String> KNOWN_KINDS = Set.of("11", "12", "13", "19", "21", "29", "31", "32", "33", "34",
            "35", "39", "41", "49", "51", "52", "53", "59", "61", "62", "69", "71", "72", "79", "81", "89", "91", "92",
            "93", "A1", "A9", "N1", "N2", "N3", "N9", "Y1");

    /** Outcome of the hard checks. */
    public enum Result { VALID, WRONG_LENGTH, BAD_CHARACTER, WRONG_CHECK_CHARACTER }

    private CreditCodes() {
    }

    /** Length, alphabet and the position-18 check character. */
    public static Result check(String code) {
        if (code == null || code.length() != 18) {
            return Result.WRONG_LENGTH;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Result.BAD_CHARACTER;
            }
        }
        return code.charAt(17) == expectedCheckCharacter(code) ? Result.VALID : Result.WRONG_CHECK_CHARACTER;
    }

    /** The position-18 check character the first 17 characters call for (they must be in the alphabet). */
    public static char expectedCheckCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /**
     * The GB 11714 organisation-code check on positions 9–17; codes that fail it exist, so a
     * failure is only worth a warning.
     */
    public static boolean innerCheckPasses(String code) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int value = Character.digit(code.charAt(8 + i), 36);
            if (value < 0) {
                return false;
            }
            sum += value * INNER_WEIGHTS[i];
        }
        int r = 11 - sum % 11;
        char expected = r == 10 ? 'X' : r == 11 ? '0' : (char) ('0' + r);
        return code.charAt(16) == expected;
    }

    /** Whether positions 1–2 are a registration-authority/kind pair seen in use. */
    public static boolean knownKind(String code) {
        return code != null && code.length() >= 2 && KNOWN_KINDS.contains(code.substring(0, 2));
    }

    /** Completes 17 characters with their check character, e.g. for generating test codes. */
    public static String withCheckCharacter(String first17) {
        return first17 + expectedCheckCharacter(first17);
    }
}
