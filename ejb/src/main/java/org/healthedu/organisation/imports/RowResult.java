package org.healthedu.organisation.imports;

import java.io.Serializable;
import java.util.List;
import org.healthedu.organisation.UnitKind;
import org.healthedu.shared.tabular.RowError;

/** A row of the preview: what was read, the kind it was understood as (null if not understood), what is wrong. */
public record RowResult(UnitImportRow row, UnitKind kind, List<RowError> errors) implements Serializable {

    public RowResult {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
