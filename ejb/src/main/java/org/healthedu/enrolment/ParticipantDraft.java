package org.healthedu.enrolment;

import java.io.Serializable;

/**
 * A new participant: their details, the unit they belong to (or a site, whose unit it then is) and, for a minor, the
 * guardian's consent recorded together with them (optional).
 */
public record ParticipantDraft(ParticipantKind kind, String displayName, Gender gender, Integer birthYear, String phone,
        String school, String grade, Long unitId, Long siteId, ConsentDraft consent) implements Serializable {

    public ParticipantDetails details() {
        return new ParticipantDetails(kind, displayName, gender, birthYear, phone, school, grade);
    }
}
