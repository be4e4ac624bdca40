package org.healthedu.attendance;

import java.io.Serializable;

/**
 * What a self check-in did: the mark now recorded, and whether the person had been marked present or late already
 * (then nothing changed).
 */
public record CheckInResult(long attendanceId, AttendanceStatus status, boolean alreadyAttended)
        implements Serializable {
}
