package org.egovhub.platform.time;

import org.egovhub.platform.time.WorkingDays;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 7-working-day limit of 双公示 publication, with holidays and adjusted working weekends. */
class WorkingDaysTest {

    @Test
    void shouldSkipWeekends() {
        WorkingDays days = new WorkingDays(List.of(), List.of());
        assertThat(days.deadline(LocalDate.of(2024, 5, 30), 7)).isEqualTo(LocalDate.of(2024, 6, 10));
    }

    @Test
    void shouldSkipHolidaysAndCountAdjustedWeekends() {
        // National Day 2025: 10-01..10-08 off, Sunday 09-28 and Saturday 10-11 worked.
        List<LocalDate> holidays = List.of(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 2), LocalDate.of(2025, 10, 3),
                LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 7), LocalDate.of(2025, 10, 8));
        WorkingDays days = new WorkingDays(holidays, List.of(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11)));
        assertThat(days.isWorkingDay(LocalDate.of(2025, 9, 28))).isTrue();
        assertThat(days.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse();
        // From Friday 09-26: 09-28, 09-29, 09-30, 10-09, 10-10, 10-11, 10-13.
        assertThat(days.deadline(LocalDate.of(2025, 9, 26), 7)).isEqualTo(LocalDate.of(2025, 10, 13));
    }
}
