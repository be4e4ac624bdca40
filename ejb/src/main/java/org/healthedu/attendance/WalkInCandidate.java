package org.healthedu.attendance;

import java.io.Serializable;
import org.healthedu.enrolment.Gender;
import org.healthedu.enrolment.ParticipantKind;

/** A participant of the project's scope who could be added as a walk-in: enough to recognise them, nothing more. */
public record WalkInCandidate(long participantId, String displayName, ParticipantKind kind, Gender gender,
        String unitNameZh) implements Serializable {
}
