package org.healthedu.checkin;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.healthedu.enrolment.ParticipantKind;

/**
 * What the printed sign-in sheet shows: the session (project, batch, lesson, time, room, site, trainers), its
 * check-in code, and the people expected that day by name and kind only.
 */
public record SignInSheet(long sessionId, String projectName, String batchName, int lessonPosition,
        String lessonTitleZh, String lessonTitleEn, String siteName, String room, LocalDateTime startsAt,
        LocalDateTime endsAt, List<String> trainers, String code, List<Line> people) implements Serializable {

    public record Line(String name, ParticipantKind kind) implements Serializable {
    }
}
