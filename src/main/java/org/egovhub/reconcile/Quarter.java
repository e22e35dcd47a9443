package org.egovhub.reconcile;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, written like {@code 2018Q1} in files, reports, the API and URLs.
 *
 * <pre>
 * Quarter.parse("2018Q1").first() = 2018-01-01
 * Quarter.of(LocalDate.parse("2018-05-20")) = 2018Q2
 * </pre>
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})Q([1-4])");

    public Quarter {
        if (year < 1900 || year > 9999 || number < 1 || number > 4) {
            throw new IllegalArgumentException("not a quarter: " + year + "Q" + number);
        }
    }

    /** Parses {@code 2018Q1}; anything else throws {@link IllegalArgumentException} naming the text. */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static Quarter parse(String text) {
        Matcher matcher = text == null ? null : TEXT.matcher(text.trim());
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a quarter like 2018Q1");
        }
        return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public static Quarter of(LocalDateTime time) {
        return of(time.toLocalDate());
    }

    /** The first day of the quarter. */
    public LocalDate first() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    /** The day after the last day of the quarter. */
    public LocalDate end() {
        return next().first();
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    /** Chinese label for mail and reports: {@code 2018年第1季度}. */
    public String label() {
        return year + "年第" + number + "季度";
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 10 + number, other.year * 10 + other.number);
    }

    /** As the API and reports write it: {@code 2018Q1}. */
    @com.fasterxml.jackson.annotation.JsonValue
    @Override
    public String toString() {
        return year + "Q" + number;
    }
}
