package org.healthedu.attendance;

import java.io.Serializable;
import org.healthedu.enrolment.Gender;
import org.healthedu.enrolment.ParticipantKind;

/**
 * Someone who came without being expected: an existing participant ({@code participantId}) or a new one created with
 * the minimum (name, kind, gender optional, birth year where the participant rules need it); and their mark (status
 * default PRESENT, optional note).
 */
public record WalkIn(Long participantId, String displayName, ParticipantKind kind, Gender gender, Integer birthYear,
        AttendanceStatus status, String note) implements Serializable {
}
