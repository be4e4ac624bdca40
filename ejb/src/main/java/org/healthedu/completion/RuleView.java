package org.healthedu.completion;

import java.io.Serializable;

/**
 * A project's completion rule: {@code minLessons} lessons attended (null: all lessons of the batch's curriculum but
 * one), and whether LATE and EXCUSED marks count as attended. {@code version} 0 with no row yet.
 */
public record RuleView(long projectId, Integer minLessons, boolean lateCounts, boolean excusedCounts, long version)
        implements Serializable {

    /** The lessons to attend in a curriculum of {@code lessons}: the rule's minimum, never more than there are. */
    public int required(int lessons) {
        if (lessons <= 0) {
            return minLessons == null ? 1 : minLessons;
        }
        int wanted = minLessons == null ? Math.max(lessons - 1, 1) : minLessons;
        return Math.min(wanted, lessons);
    }
}
