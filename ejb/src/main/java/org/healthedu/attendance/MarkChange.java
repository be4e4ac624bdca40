package org.healthedu.attendance;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A mark someone else changed since the sender read it: the person, the status the sender saw ({@code oldStatus},
 * null: no mark) and the one recorded now, with its note, who recorded it (null: the participant checking in), when
 * and how; and the status the sender wanted.
 */
public record MarkChange(long participantId, String displayName, AttendanceStatus oldStatus,
        AttendanceStatus newStatus, String newNote, String changedByName, LocalDateTime changedAt,
        AttendanceSource source, AttendanceStatus yourStatus) implements Serializable {
}
