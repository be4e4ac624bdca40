package org.healthedu.checkin;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.healthedu.session.SessionStatus;

/**
 * A session's check-in code as its trainers see it, with the window it is accepted in (local times in China),
 * whether the session accepts check-ins at all (PLANNED or HELD) and whether the window is open now.
 */
public record CheckInCodeView(long sessionId, String code, String lessonTitleZh, String lessonTitleEn,
        int lessonPosition, String batchName, String siteName, LocalDateTime startsAt, LocalDateTime endsAt,
        LocalDateTime opensAt, LocalDateTime closesAt, LocalDateTime lateAfter, SessionStatus status,
        boolean accepting, boolean open) implements Serializable {
}
