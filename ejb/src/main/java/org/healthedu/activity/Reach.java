package org.healthedu.activity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Reach figures of a unit's subtree over a period (optionally one project), in all and per child unit. */
public record Reach(long unitId, String unitName, LocalDate from, LocalDate to, Long projectId, ReachCount total,
        List<UnitReach> children) implements Serializable {

    public Reach {
        children = List.copyOf(children);
    }

    /** One child unit's subtree. */
    public record UnitReach(long unitId, String unitName, ReachCount figures) implements Serializable {
    }
}
