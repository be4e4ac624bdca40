package org.healthedu.reporting;

import java.io.Serializable;

/**
 * A target of the project as it falls to the reporting unit: the planned value (the unit's allocation, or the whole
 * target for the owner unit), what the data says was achieved in the period, the percentage, and the share expected by
 * now (the elapsed share of the project period). {@code achieved} is null when the indicator is not computed.
 */
public record TargetProgress(long targetId, String indicatorCode, String nameZh, String nameEn, String unitZh,
        String unitEn, String measure, boolean countsPeerReach, Long planned, Long achieved, double percent,
        double expectedPercent, State state) implements Serializable {

    public enum State {
        /** Achieved at least the planned value. */
        ACHIEVED,
        /** At or above the share expected by now. */
        ON_TRACK,
        /** Below the share expected by now. */
        BEHIND,
        /** The indicator has no measure: nothing to compare. */
        NOT_COMPUTED,
        /** The target was not broken down to this unit. */
        NO_ALLOCATION
    }
}
