package org.healthedu.reporting;

import java.io.Serializable;

/** A unit below the reporting unit that is expected to report for the same project and period, and its report. */
public record ChildReport(long unitId, String unitCode, String unitNameZh, String unitNameEn, Long reportId,
        ReportStatus status) implements Serializable {
}
