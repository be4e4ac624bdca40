package org.healthedu.reporting;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The figures of a unit for a project and period: its subtree in all, each child unit (sites under a county are its
 * children here, with {@code level} SITE), and its targets. This record is what a submission freezes (as JSON), with
 * exact values. {@code minCell}: null for exact figures; else the threshold under which breakdowns of people were
 * hidden for the viewer ({@link SmallCells}), which every view explains.
 */
public record ReportFigures(long projectId, String projectCode, String projectNameZh, String projectNameEn,
        UnitFigures total, List<UnitFigures> children, List<TargetProgress> targets, ReportPeriod period,
        Instant computedAt, Integer minCell) implements Serializable {

    /** Exact figures. (A factory, not a second constructor: JSON-B reads records by their one.) */
    public static ReportFigures exact(long projectId, String projectCode, String projectNameZh, String projectNameEn,
            UnitFigures total, List<UnitFigures> children, List<TargetProgress> targets, ReportPeriod period,
            Instant computedAt) {
        return new ReportFigures(projectId, projectCode, projectNameZh, projectNameEn, total, children, targets,
                period, computedAt, null);
    }

    /** Whether some cell is hidden as a small cell (the views then show the legend). */
    public boolean anySuppressed() {
        if (total != null && total.suppressed() != null && !total.suppressed().isEmpty()) {
            return true;
        }
        return children != null && children.stream().anyMatch(c -> c.suppressed() != null
                && !c.suppressed().isEmpty());
    }
}
