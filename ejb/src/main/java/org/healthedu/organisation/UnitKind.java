package org.healthedu.organisation;

import org.healthedu.shared.DomainException;

/**
 * The level of a territorial unit (NATIONAL above PROVINCE above … COMMUNITY), or the kind of an organisation-based
 * association, which hangs under a territorial unit of any level and has no territorial children.
 */
public enum UnitKind {
    NATIONAL(0), PROVINCE(1), CITY(2), COUNTY(3), TOWNSHIP(4), COMMUNITY(5),
    UNIVERSITY(-1), SCHOOL(-1), ENTERPRISE(-1), FLOATING_POPULATION(-1), OTHER(-1);

    private final int rank;

    UnitKind(int rank) {
        this.rank = rank;
    }

    public boolean isTerritorial() {
        return rank >= 0;
    }

    /** Message key of the translated label. */
    public String labelKey() {
        return "unitKind." + name();
    }

    /**
     * Whether a unit of this kind may sit directly under a parent of {@code parentKind} ({@code null}: at the top).
     * Throws the broken rule with its message key, so callers need no second check.
     */
    public void checkPlacementUnder(UnitKind parentKind) {
        if (parentKind == null) {
            if (this != NATIONAL) {
                throw DomainException.invalid("parent", "unit.parent.required");
            }
            return;
        }
        if (this == NATIONAL) {
            throw DomainException.invalid("parent", "unit.national.noParent");
        }
        if (!parentKind.isTerritorial()) {
            throw DomainException.invalid("parent", "unit.parent.notTerritorial", parentKind.labelKey());
        }
        if (isTerritorial() && rank <= parentKind.rank) {
            throw DomainException.invalid("kind", "unit.level.notBelowParent", labelKey(), parentKind.labelKey());
        }
    }
}
