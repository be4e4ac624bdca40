package org.healthedu.checkin;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.healthedu.attendance.AttendanceStatus;

/** A check-in that went through: whose (masked), the mark it gave and when (local time in China). */
public record CheckInResult(String name, AttendanceStatus status, LocalDateTime checkedInAt, int lessonPosition,
        String lessonTitleZh, String lessonTitleEn) implements Serializable {
}
