package org.healthedu.reporting;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The figures of a unit for a project and period: its subtree in all, each child unit (sites under a county are its
 * children here, with {@code level} SITE), and its targets. This record is what a submission freezes (as JSON).
 */
public record ReportFigures(long projectId, String projectCode, String projectNameZh, String projectNameEn,
        UnitFigures total, List<UnitFigures> children, List<TargetProgress> targets, ReportPeriod period,
        Instant computedAt) implements Serializable {
}
