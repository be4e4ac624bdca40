package org.healthedu.enrolment.imports;

import java.io.Serializable;
import java.util.List;

/**
 * Every row of an uploaded file with its errors, and the batch's free places when it was checked. The user then
 * applies the valid rows only, or all rows (refused while any row has an error).
 */
public record ParticipantImportPreview(List<ParticipantRowResult> rows, int errorRows, long freePlaces)
        implements Serializable {

    public ParticipantImportPreview {
        rows = List.copyOf(rows);
    }

    public int validRows() {
        return rows.size() - errorRows;
    }

    public boolean canApplyAll() {
        return !rows.isEmpty() && errorRows == 0;
    }

    public boolean canApplyValid() {
        return validRows() > 0;
    }
}
