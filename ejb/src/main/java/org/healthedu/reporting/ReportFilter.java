package org.healthedu.reporting;

/**
 * What a report list is narrowed to (null: any): project, unit (its subtree), period, status; {@code toReview}: only
 * reports submitted to the caller's own unit.
 */
public record ReportFilter(Long projectId, Long unitId, ReportPeriod period, ReportStatus status, boolean toReview) {

    public static ReportFilter none() {
        return new ReportFilter(null, null, null, null, false);
    }
}
