package org.healthedu.checkin;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A session as a participant checking in sees it once their code is accepted: which lesson, where and when (local
 * times in China), until when check-in is open, and the expected people as masked names.
 */
public record CheckInSession(String code, int lessonPosition, String lessonTitleZh, String lessonTitleEn,
        String siteName, LocalDateTime startsAt, LocalDateTime endsAt, LocalDateTime closesAt,
        List<CheckInPerson> people) implements Serializable {
}
