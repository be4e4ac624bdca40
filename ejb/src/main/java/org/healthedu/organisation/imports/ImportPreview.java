package org.healthedu.organisation.imports;

import java.io.Serializable;
import java.util.List;

/** Every row of an uploaded file with its errors; the file is applied only when no row has any. */
public record ImportPreview(List<RowResult> rows, int errorRows) implements Serializable {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public boolean canApply() {
        return !rows.isEmpty() && errorRows == 0;
    }
}
