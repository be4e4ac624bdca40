package org.healthedu.project;

import java.io.Serializable;

/**
 * One node of a target's allocation tree, listed depth-first (parents before their children). {@code depth} 0 is a
 * top-level allocation. {@code childrenSum} is what the node's own children hold: {@code shortfall} is what it has
 * not broken down further (a warning, only meaningful for a unit that has children), {@code excess} what its children
 * hold beyond it. A site's allocation is a leaf.
 */
public record AllocationNode(long id, Long parentId, long targetId, Kind kind, Long unitId, Long siteId, String code,
        String nameZh, String nameEn, long value, long childrenSum, long childCount, long shortfall, long excess,
        long achieved, double percent, int depth, long version) implements Serializable {

    /** What an allocation is given to. */
    public enum Kind {
        UNIT, SITE
    }

    public static AllocationNode of(long id, Long parentId, long targetId, Long unitId, Long siteId, String code,
            String nameZh, String nameEn, long value, long childrenSum, long childCount, long achieved, int depth,
            long version) {
        Kind kind = siteId != null ? Kind.SITE : Kind.UNIT;
        long shortfall = childCount == 0 ? 0 : Breakdown.shortfall(value, childrenSum);
        return new AllocationNode(id, parentId, targetId, kind, unitId, siteId, code, nameZh, nameEn, value,
                childrenSum, childCount, shortfall, Breakdown.excess(value, childrenSum), achieved,
                Breakdown.percent(achieved, value), depth, version);
    }

    /** The name to show: English when asked for and present, else Chinese. */
    public String displayName(boolean english) {
        return english && nameEn != null ? nameEn : nameZh;
    }
}
