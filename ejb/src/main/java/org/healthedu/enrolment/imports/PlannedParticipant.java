package org.healthedu.enrolment.imports;

import org.healthedu.enrolment.GuardianConsent;
import org.healthedu.enrolment.ParticipantDetails;

/** A checked row, ready to become a participant enrolled in the batch, with the guardian's consent when given. */
public record PlannedParticipant(int line, ParticipantDetails details, String nameKey,
        GuardianConsent.Checked consent) {
}
