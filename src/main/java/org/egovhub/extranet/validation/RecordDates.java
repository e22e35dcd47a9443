package org.egovhub.extranet.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as 双公示 and civil-affairs exports write them.
 *
 * <pre>
 * RecordDates.parse("2024/5/30") = Optional[2024-05-30]
 * RecordDates.parse("2023-02-29") = Optional.empty
 * </pre>
 */
public final class RecordDates {

    private static final Pattern DATE = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");

    private RecordDates() {
    }

    /** The date, or empty when the text is not a real date in one of the accepted forms. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
