package org.healthedu.organisation;

import java.io.Serializable;

/**
 * Edits to a unit's own fields. {@code expectedVersion}, when given, is the version the user saw: a newer one means
 * someone else saved in between, and the edit is refused rather than silently overwriting theirs.
 */
public record UnitChanges(String code, String nameZh, String nameEn, UnitKind kind, Long expectedVersion)
        implements Serializable {
}
