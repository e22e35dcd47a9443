package org.egovhub.reconcile.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Strict ledger dates, Shanghai wall-clock time: {@code yyyy-MM-dd HH:mm:ss}, {@code yyyy-MM-dd HH:mm},
 * {@code yyyy-MM-dd} and the same with slashes ({@code yyyy/MM/dd ...}); month and day may lack their
 * leading zero. A date that does not exist is refused.
 *
 * <pre>
 * CaseDates.parse("2018/1/5 09:30") = 2018-01-05T09:30
 * CaseDates.parse("2018-02-30")     = empty
 * </pre>
 */
public final class CaseDates {

    private static final DateTimeFormatter[] DASHED = {strict("uuuu-M-d"), strict("uuuu-M-d H:mm"), strict("uuuu-M-d H:mm:ss")};
    private static final DateTimeFormatter[] SLASHED = {strict("uuuu/M/d"), strict("uuuu/M/d H:mm"), strict("uuuu/M/d H:mm:ss")};

    private CaseDates() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The date and time the text stands for; a bare date is its midnight. */
    public static Optional<LocalDateTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.trim();
        if (value.length() == 19) {
            LocalDateTime plain = plainDateTime(value);
            if (plain != null) {
                return Optional.of(plain);
            }
        }
        int colons = 0;
        for (int i = 0; i < value.length(); i++) {
            colons += value.charAt(i) == ':' ? 1 : 0;
        }
        if (colons > 2 || value.length() > 19) {
            return Optional.empty();
        }
        // One format by the text's shape: no exception thrown per good row.
        DateTimeFormatter format = (value.indexOf('/') >= 0 ? SLASHED : DASHED)[colons];
        try {
            return Optional.of(colons == 0 ? LocalDate.parse(value, format).atStartOfDay() : LocalDateTime.parse(value, format));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The most common form, {@code yyyy-MM-dd HH:mm:ss} with every leading zero, read without a formatter;
     * {@code null} when the text has another shape or is no valid time (the formatters then decide).
     */
    private static LocalDateTime plainDateTime(String v) {
        if (v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(10) != ' ' || v.charAt(13) != ':' || v.charAt(16) != ':') {
            return null;
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 7);
        int day = digits(v, 8, 10);
        int hour = digits(v, 11, 13);
        int minute = digits(v, 14, 16);
        int second = digits(v, 17, 19);
        if ((year | month | day | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1
                || day > java.time.YearMonth.of(year, month).lengthOfMonth() || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second);
    }

    /** The number written by ASCII digits from {@code start} to {@code end}, or -1. */
    private static int digits(String v, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
