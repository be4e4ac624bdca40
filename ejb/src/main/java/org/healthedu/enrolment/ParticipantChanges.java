package org.healthedu.enrolment;

import java.io.Serializable;

/** New details of a participant, where they belong, and the version read (optional: no lost-update check without). */
public record ParticipantChanges(ParticipantKind kind, String displayName, Gender gender, Integer birthYear,
        String phone, String school, String grade, Long unitId, Long siteId, Long expectedVersion)
        implements Serializable {

    public ParticipantDetails details() {
        return new ParticipantDetails(kind, displayName, gender, birthYear, phone, school, grade);
    }
}
