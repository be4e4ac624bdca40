package org.healthedu.attendance;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import org.healthedu.enrolment.Gender;
import org.healthedu.enrolment.ParticipantKind;
import org.healthedu.session.SessionTime;

/**
 * One person on a roll call, with only what a trainer needs to call them (name, kind, gender; no phone, no birth year)
 * and their mark if they have one ({@code version} null: not marked yet). {@code expected}: enrolled in the batch on
 * the session's date; {@code walkIn}: came without being expected and was added as such.
 */
public record RollCallEntry(long participantId, String displayName, boolean anonymised, ParticipantKind kind,
        Gender gender, boolean expected, boolean walkIn, Long attendanceId, AttendanceStatus status, String note,
        AttendanceSource source, String recordedByName, LocalDateTime recordedAt, Long version)
        implements Serializable {

    /** The row of the roll call's queries (JPQL constructor expression). */
    public RollCallEntry(Long participantId, String displayName, Instant anonymisedAt, ParticipantKind kind,
            Gender gender, Boolean expected, Boolean walkIn, Long attendanceId, AttendanceStatus status, String note,
            AttendanceSource source, String recordedByName, Instant recordedAt, Long version) {
        this(participantId, displayName, anonymisedAt != null, kind, gender, Boolean.TRUE.equals(expected),
                Boolean.TRUE.equals(walkIn), attendanceId, status, note, source, recordedByName,
                SessionTime.local(recordedAt), version);
    }

    public boolean marked() {
        return status != null;
    }
}
