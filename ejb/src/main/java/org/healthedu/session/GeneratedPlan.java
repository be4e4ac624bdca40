package org.healthedu.session;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The sessions a recurrence gives a batch, one per lesson not yet scheduled, in lesson order, each with the booking
 * conflicts found; {@code saved} tells a preview (nothing stored, no ids) from a saved plan.
 */
public record GeneratedPlan(boolean saved, List<Proposed> sessions) implements Serializable {

    public GeneratedPlan {
        sessions = List.copyOf(sessions);
    }

    public long conflictCount() {
        return sessions.stream().mapToLong(s -> s.conflicts().size()).sum();
    }

    /** One generated session. */
    public record Proposed(Long sessionId, long lessonId, int lessonPosition, String lessonTitleZh,
            String lessonTitleEn, LocalDateTime startsAt, LocalDateTime endsAt, String room,
            List<SessionConflict> conflicts) implements Serializable {
    }
}
