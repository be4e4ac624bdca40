package org.healthedu.organisation.imports;

import java.util.List;

/** The outcome of checking a file: the preview the user sees, and the units to create with parents before children. */
public record ImportPlan(ImportPreview preview, List<PlannedUnit> order) {

    public ImportPlan {
        order = List.copyOf(order);
    }
}
