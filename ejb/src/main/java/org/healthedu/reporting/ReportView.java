package org.healthedu.reporting;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** What a list or a page shows of a completion report. */
public record ReportView(long id, long projectId, String projectCode, String projectNameZh, long unitId,
        String unitCode, String unitNameZh, String unitNameEn, PeriodKind periodKind, LocalDate periodStart,
        LocalDate periodEnd, ReportStatus status, LocalDate dueOn, Long reviewerUnitId, String reviewerUnitNameZh,
        Instant submittedAt, String submittedByName, Instant reviewedAt, String reviewComment, long version)
        implements Serializable {

    public ReportPeriod period() {
        return new ReportPeriod(periodKind, periodStart, periodEnd);
    }

    /** The period as DHIS2 names it (2026Q1), for lists and links. */
    public String periodIso() {
        return period().iso();
    }
}
