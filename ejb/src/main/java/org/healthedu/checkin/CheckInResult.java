package org.healthedu.checkin;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.healthedu.attendance.AttendanceStatus;
import org.healthedu.feedback.FeedbackInvite;

/**
 * A check-in that went through: whose (masked), the mark it gave and when (local time in China), and the invitation to
 * give feedback on the session (its link token and a one-time ticket).
 */
public record CheckInResult(String name, AttendanceStatus status, LocalDateTime checkedInAt, int lessonPosition,
        String lessonTitleZh, String lessonTitleEn, FeedbackInvite feedback) implements Serializable {
}
