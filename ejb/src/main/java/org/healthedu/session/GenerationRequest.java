package org.healthedu.session;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How to plan the rest of a batch in one go: the recurrence (first date, weekdays, every so many weeks, start time,
 * dates to skip), how long each session lasts (null: the lesson's own minutes), the room and people of every session,
 * and, for a coordinator saving despite booking conflicts, why.
 */
public record GenerationRequest(LocalDate firstDate, List<DayOfWeek> weekdays, Integer intervalWeeks,
        LocalTime startTime, Integer durationMinutes, String room, Long leadTrainerId, List<Long> trainerIds,
        List<Long> observerIds, List<LocalDate> skipDates, String overrideReason) implements Serializable {

    public GenerationRequest {
        weekdays = weekdays == null ? List.of() : weekdays.stream().filter(Objects::nonNull).distinct().toList();
        skipDates = skipDates == null ? List.of() : skipDates.stream().filter(Objects::nonNull).distinct().toList();
    }

    public Recurrence recurrence() {
        return new Recurrence(firstDate, Set.copyOf(weekdays), intervalWeeks == null ? 1 : intervalWeeks,
                startTime, Set.copyOf(skipDates));
    }

    /** The people and room as one session's draft (for the shared checks on them). */
    SessionDraft draftFor(long lessonId, LocalDateTime start, LocalDateTime end) {
        return new SessionDraft(lessonId, room, start, end, leadTrainerId, trainerIds, observerIds, null,
                overrideReason);
    }
}
