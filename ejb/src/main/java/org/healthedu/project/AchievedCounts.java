package org.healthedu.project;

import java.util.Map;
import java.util.Set;

/**
 * What targets and their allocations achieved, counted from the data over the project period. Implemented by the
 * reporting feature (which reads everything else), so that {@code project} does not depend on it; absent means 0.
 */
public interface AchievedCounts {

    /** Each target of the project with a computed indicator: its achieved value, by target id. */
    Map<Long, Long> byTarget(long projectId);

    /** Each allocation of the target: what its unit's subtree or its site achieved, by allocation id. */
    Map<Long, Long> byAllocation(long targetId);

    /** The names of the computed counts an indicator may be counted from. */
    Set<String> countableMeasures();
}
