package org.healthedu.enrolment.imports;

import java.io.Serializable;

/** What the planner needs to know about a participant in scope whose name a file row repeats. */
public record ExistingParticipant(long id, String nameKey, String displayName, String phone, Integer birthYear,
        String school, String unitNameZh) implements Serializable {
}
