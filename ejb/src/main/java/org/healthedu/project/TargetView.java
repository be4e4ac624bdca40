package org.healthedu.project;

import java.io.Serializable;

/**
 * A project's target on one indicator, with how much of it the top-level allocations hold: {@code shortfall} is
 * still to be broken down (a warning); {@code excess} (with {@code allocatedExceedsTarget}) appears when the target
 * was lowered below what had already been allocated. {@code achieved} is counted, never stored.
 */
public record TargetView(long id, long projectId, long indicatorId, String indicatorCode, String nameZh,
        String nameEn, String unitZh, String unitEn, long plannedValue, long allocatedTopLevel, long shortfall,
        long excess, boolean allocatedExceedsTarget, long achieved, double percent, long version)
        implements Serializable {

    /** The view with its differences and percentage worked out from planned, allocated and achieved. */
    public static TargetView of(long id, long projectId, long indicatorId, String indicatorCode, String nameZh,
            String nameEn, String unitZh, String unitEn, long plannedValue, long allocatedTopLevel, long achieved,
            long version) {
        long excess = Breakdown.excess(plannedValue, allocatedTopLevel);
        return new TargetView(id, projectId, indicatorId, indicatorCode, nameZh, nameEn, unitZh, unitEn,
                plannedValue, allocatedTopLevel, Breakdown.shortfall(plannedValue, allocatedTopLevel), excess,
                excess > 0, achieved, Breakdown.percent(achieved, plannedValue), version);
    }

    /** The name to show: English when asked for and present, else Chinese. */
    public String displayName(boolean english) {
        return english && nameEn != null ? nameEn : nameZh;
    }
}
