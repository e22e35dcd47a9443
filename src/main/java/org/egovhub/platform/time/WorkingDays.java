package org.egovhub.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Working days by the official calendar: Monday to Friday, minus public holidays, plus the weekends
 * declared working days (调休).
 *
 * <pre>
 * new WorkingDays(Set.of(), Set.of()).deadline(LocalDate.of(2024, 5, 30), 7) = 2024-06-10
 * </pre>
 */
public final class WorkingDays {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> adjustedWorkdays;

    public WorkingDays(Collection<LocalDate> holidays, Collection<LocalDate> adjustedWorkdays) {
        this.holidays = Set.copyOf(holidays);
        this.adjustedWorkdays = Set.copyOf(adjustedWorkdays);
    }

    /** Whether people work that day. */
    public boolean isWorkingDay(LocalDate day) {
        if (adjustedWorkdays.contains(day)) {
            return true;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && !holidays.contains(day);
    }

    /** The last day of a limit of {@code days} working days counted from the day after {@code start}. */
    public LocalDate deadline(LocalDate start, int days) {
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
