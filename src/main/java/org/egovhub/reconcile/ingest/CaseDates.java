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
        int colons = (int) value.chars().filter(c -> c == ':').count();
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
}
