package org.healthedu.enrolment.imports;

import java.util.List;

/** The outcome of checking a file: the preview the user sees, and the valid rows, in file order, to create. */
public record ParticipantImportPlan(ParticipantImportPreview preview, List<PlannedParticipant> valid) {

    public ParticipantImportPlan {
        valid = List.copyOf(valid);
    }
}
