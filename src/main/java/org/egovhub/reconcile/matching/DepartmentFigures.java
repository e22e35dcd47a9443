package org.egovhub.reconcile.matching;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures of one department in one quarter: the row of the department table in reports and the API.
 * Rates are fractions with four decimals, cut (not rounded) so that a rate below 1 never shows as
 * 1.0000, and {@code null} when the department had no actual cases.
 *
 * @param missing actual cases never online
 * @param late matched cases entered online too late (part of matched)
 * @param onlineOnly online cases without an actual record
 * @param onlineRate matched ÷ actual
 * @param syncRate (matched − late) ÷ actual
 * @param flagged either rate below 1
 * @param flaggedQuarters consecutive flagged quarters up to this one (0 when not flagged)
 */
@JsonPropertyOrder({"code", "name", "actual", "online", "matched", "missing", "late", "onlineOnly", "onlineRate", "syncRate",
    "flagged"})
public record DepartmentFigures(String code, String name, int actual, int online, int matched, int missing, int late,
        int onlineOnly, BigDecimal onlineRate, BigDecimal syncRate, boolean flagged,
        @JsonIgnore int flaggedQuarters) {

    /** Figures from the counts; {@code flaggedQuarters} is filled in by the run. */
    public static DepartmentFigures of(String code, String name, int actual, int online, int matched, int late) {
        boolean flagged = actual > 0 && (matched < actual || late > 0);
        return new DepartmentFigures(code, name, actual, online, matched, actual - matched, late, online - matched,
                rate(matched, actual), rate(matched - late, actual), flagged, 0);
    }

    /** {@code part ÷ whole} with four decimals, cut; {@code null} when {@code whole} is 0. */
    public static BigDecimal rate(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.DOWN);
    }

    public DepartmentFigures withFlaggedQuarters(int quarters) {
        return new DepartmentFigures(code, name, actual, online, matched, missing, late, onlineOnly, onlineRate, syncRate,
                flagged, quarters);
    }

    public DepartmentFigures withName(String newName) {
        return new DepartmentFigures(code, newName, actual, online, matched, missing, late, onlineOnly, onlineRate, syncRate,
                flagged, flaggedQuarters);
    }
}
