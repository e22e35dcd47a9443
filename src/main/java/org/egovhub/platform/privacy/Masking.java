package org.egovhub.platform.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks citizen ID numbers and phone numbers in free text before it reaches a log, a metric, a
 * header or a page.
 *
 * <pre>
 * Masking.mask("身份证 11010519491231002X 电话 13812345678") = "身份证 110105********002X 电话 138****5678"
 * </pre>
 */
public final class Masking {

    /**
     * 18-character ID numbers, and legacy 15-digit ones, with a plausible birth date and not inside
     * a longer run of letters or digits (so credit codes and case numbers stay readable).
     */
    private static final Pattern ID_NUMBER =
            Pattern.compile("(?<![0-9A-Za-z])(\\d{6})((?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01]))(\\d{3}[0-9Xx])(?![0-9A-Za-z])"
                    + "|(?<![0-9A-Za-z])(\\d{6})(\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01]))(\\d{3})(?![0-9A-Za-z])");

    /** Mainland mobile numbers, optionally with +86 / 86. */
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)((?:\\+?86[- ]?)?1[3-9]\\d)(\\d{4})(\\d{4})(?!\\d)");

    /** Landlines written with an area code: 0734-1234567, 0734 12345678, (0734)1234567. */
    private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)(\\(?0\\d{2,3}\\)?[- ]?)(\\d{3,4})(\\d{4})(?!\\d)");

    private Masking() {
    }

    /** Returns the text with every ID and phone number masked; {@code null} stays {@code null}. */
    public static String mask(String text) {
        if (text == null || text.length() < 7 || fewDigits(text)) {
            return text;
        }
        String masked = replace(ID_NUMBER, text, m -> m.group(1) != null
                ? m.group(1) + "********" + m.group(3)
                : m.group(4) + "******" + m.group(6));
        masked = replace(MOBILE, masked, m -> m.group(1) + "****" + m.group(3));
        return replace(LANDLINE, masked, m -> m.group(1) + "*".repeat(m.group(2).length()) + m.group(3));
    }

    /** Whether the text holds something written like a citizen ID number (what {@link #mask} would mask as one). */
    public static boolean holdsIdNumber(String text) {
        return text != null && ID_NUMBER.matcher(text).find();
    }

    /** Fewer than 10 digits: too few for any of the patterns (a landline has at least 10), nothing to mask. */
    private static boolean fewDigits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length() && digits < 10; i++) {
            char c = text.charAt(i);
            digits += c >= '0' && c <= '9' ? 1 : 0;
        }
        return digits < 10;
    }

    /** Masks one ID number: keeps the region code and the last four characters. */
    public static String maskIdNumber(String id) {
        if (id == null || id.length() < 10) {
            return id == null ? null : "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            matcher.appendReplacement(out, Matcher.quoteReplacement(with.apply(matcher)));
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }
}
