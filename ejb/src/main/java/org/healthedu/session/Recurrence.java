package org.healthedu.session;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.healthedu.shared.DomainException;

/**
 * When a batch's sessions fall: from the first date, on the given weekdays (none: the first date's weekday) every
 * {@code intervalWeeks} weeks, at the start time, leaving out the skip dates. A plain rule with no database: the
 * service asks it for as many dates as there are lessons to plan.
 */
public record Recurrence(LocalDate firstDate, Set<DayOfWeek> weekdays, int intervalWeeks, LocalTime startTime,
        Set<LocalDate> skipDates) implements Serializable {

    /** No plan reaches further than this many weeks (a typo in the interval would otherwise run for years). */
    public static final int MAX_WEEKS = 104;
    public static final int MAX_INTERVAL_WEEKS = 8;

    public Recurrence {
        if (firstDate == null) {
            throw DomainException.invalid("firstDate", "error.required");
        }
        if (startTime == null) {
            throw DomainException.invalid("startTime", "error.required");
        }
        if (intervalWeeks < 1 || intervalWeeks > MAX_INTERVAL_WEEKS) {
            throw DomainException.invalid("intervalWeeks", "schedule.interval.range", MAX_INTERVAL_WEEKS);
        }
        weekdays = weekdays == null || weekdays.isEmpty() ? Set.of(firstDate.getDayOfWeek())
                : Set.copyOf(new TreeSet<>(weekdays));
        skipDates = skipDates == null ? Set.of() : Set.copyOf(skipDates);
    }

    /**
     * The first {@code count} dates of the plan in order. The weeks counted are those of the first date (Monday to
     * Sunday), then every {@code intervalWeeks}-th week after it; dates before the first date and skipped dates are
     * left out.
     */
    public List<LocalDate> dates(int count) {
        List<LocalDate> dates = new ArrayList<>();
        if (count <= 0) {
            return dates;
        }
        TreeSet<DayOfWeek> days = new TreeSet<>(weekdays);
        LocalDate monday = firstDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int week = 0; week <= MAX_WEEKS; week += intervalWeeks) {
            LocalDate weekStart = monday.plusWeeks(week);
            for (DayOfWeek day : days) {
                LocalDate date = weekStart.plusDays(day.getValue() - 1L);
                if (!date.isBefore(firstDate) && !skipDates.contains(date)) {
                    dates.add(date);
                    if (dates.size() == count) {
                        return dates;
                    }
                }
            }
        }
        throw DomainException.invalid("firstDate", "schedule.recurrence.tooLong", MAX_WEEKS);
    }

    /** The start of each of the first {@code count} sessions. */
    public List<LocalDateTime> starts(int count) {
        return dates(count).stream().map(d -> d.atTime(startTime)).toList();
    }
}
