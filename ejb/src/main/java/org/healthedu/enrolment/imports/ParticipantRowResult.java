package org.healthedu.enrolment.imports;

import java.io.Serializable;
import java.util.List;
import org.healthedu.enrolment.ParticipantKind;
import org.healthedu.shared.tabular.RowError;

/** A row of the preview: what was read, the kind it was understood as (null if not understood), what is wrong. */
public record ParticipantRowResult(ParticipantImportRow row, ParticipantKind kind, List<RowError> errors)
        implements Serializable {

    public ParticipantRowResult {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
