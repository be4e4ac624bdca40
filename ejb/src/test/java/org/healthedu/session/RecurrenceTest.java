package org.healthedu.session;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.shared.BrokenRule.assertInvalid;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    private static final LocalTime NINE_THIRTY = LocalTime.of(9, 30);

    @Test
    void weeklyOnSaturdayFromASaturday() {
        Recurrence weekly = new Recurrence(LocalDate.of(2026, 9, 5), Set.of(SATURDAY), 1, NINE_THIRTY, null);
        assertThat(weekly.dates(3)).containsExactly(LocalDate.of(2026, 9, 5), LocalDate.of(2026, 9, 12),
                LocalDate.of(2026, 9, 19));
        assertThat(weekly.starts(1)).containsExactly(LocalDateTime.of(2026, 9, 5, 9, 30));
    }

    @Test
    void noWeekdayMeansTheFirstDatesWeekday() {
        Recurrence weekly = new Recurrence(LocalDate.of(2026, 9, 9), null, 1, NINE_THIRTY, null);
        assertThat(weekly.weekdays()).containsExactly(WEDNESDAY);
        assertThat(weekly.dates(2)).containsExactly(LocalDate.of(2026, 9, 9), LocalDate.of(2026, 9, 16));
    }

    @Test
    void skippedDatesAreLeftOutAndTheRestMoveOn() {
        Recurrence weekly = new Recurrence(LocalDate.of(2026, 9, 26), Set.of(SATURDAY), 1, NINE_THIRTY,
                Set.of(LocalDate.of(2026, 10, 3)));
        assertThat(weekly.dates(3)).containsExactly(LocalDate.of(2026, 9, 26), LocalDate.of(2026, 10, 10),
                LocalDate.of(2026, 10, 17));
    }

    @Test
    void severalWeekdaysInOrderAndDaysBeforeTheFirstDateLeftOut() {
        // Thursday 10 Sept: Tuesday of that week is before it, Saturday is not.
        Recurrence twice = new Recurrence(LocalDate.of(2026, 9, 10), Set.of(SATURDAY, TUESDAY), 1, NINE_THIRTY,
                null);
        assertThat(twice.dates(4)).containsExactly(LocalDate.of(2026, 9, 12), LocalDate.of(2026, 9, 15),
                LocalDate.of(2026, 9, 19), LocalDate.of(2026, 9, 22));
    }

    @Test
    void everySecondWeek() {
        Recurrence fortnightly = new Recurrence(LocalDate.of(2026, 9, 5), Set.of(SATURDAY), 2, NINE_THIRTY, null);
        assertThat(fortnightly.dates(3)).containsExactly(LocalDate.of(2026, 9, 5), LocalDate.of(2026, 9, 19),
                LocalDate.of(2026, 10, 3));
    }

    @Test
    void missingOrOutOfRangeInputsAreRefused() {
        assertInvalid(() -> new Recurrence(null, null, 1, NINE_THIRTY, null), "firstDate", "error.required");
        assertInvalid(() -> new Recurrence(LocalDate.of(2026, 9, 5), null, 1, null, null), "startTime",
                "error.required");
        assertInvalid(() -> new Recurrence(LocalDate.of(2026, 9, 5), null, 0, NINE_THIRTY, null), "intervalWeeks",
                "schedule.interval.range", Recurrence.MAX_INTERVAL_WEEKS);
        assertInvalid(() -> new Recurrence(LocalDate.of(2026, 9, 5), null, 9, NINE_THIRTY, null), "intervalWeeks",
                "schedule.interval.range", Recurrence.MAX_INTERVAL_WEEKS);
    }

    @Test
    void aPlanThatNeverEndsIsRefused() {
        Recurrence weekly = new Recurrence(LocalDate.of(2026, 9, 5), Set.of(SATURDAY), 8, NINE_THIRTY, null);
        assertThat(weekly.dates(14)).hasSize(14);
        assertInvalid(() -> weekly.dates(20), "firstDate", "schedule.recurrence.tooLong", Recurrence.MAX_WEEKS);
        assertThat(weekly.dates(0)).isEmpty();
    }
}
