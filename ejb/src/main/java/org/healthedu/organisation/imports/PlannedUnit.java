package org.healthedu.organisation.imports;

import org.healthedu.organisation.UnitKind;

/**
 * A checked row, ready to become a unit: normalised code and names, and its parent, which is either a unit already in
 * the database ({@code existingParent}) or, when that is null and {@code parentCode} is not, a unit created earlier in
 * the same run.
 */
public record PlannedUnit(int line, String code, String nameZh, String nameEn, UnitKind kind, String parentCode,
        ExistingUnit existingParent) {
}
