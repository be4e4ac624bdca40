package org.healthedu.enrolment;

import java.io.Serializable;

/** What is collected about a participant, as typed: checked by {@link Participant}. */
public record ParticipantDetails(ParticipantKind kind, String displayName, Gender gender, Integer birthYear,
        String phone, String school, String grade) implements Serializable {
}
