package org.healthedu.organisation;

import java.io.Serializable;

/** A new unit as typed by a user: checked by {@link OrganisationUnit}. */
public record UnitDraft(String code, String nameZh, String nameEn, UnitKind kind, Long parentId)
        implements Serializable {
}
