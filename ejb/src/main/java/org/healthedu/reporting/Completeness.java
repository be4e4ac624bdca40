package org.healthedu.reporting;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Reporting completeness for a project and period, as DHIS2 shows it: per level, how many units were expected to
 * report (every unit of the owner's subtree with at least one project site in its own subtree, the owner included),
 * how many submitted, how many on time (submitted no later than the due day, China time) and how many were accepted;
 * and each unit's status.
 */
public record Completeness(long projectId, ReportPeriod period, List<Level> levels, List<UnitStatus> units)
        implements Serializable {

    public record Level(int depth, String kind, long expected, long submitted, long onTime, long accepted)
            implements Serializable {

        public double submittedPercent() {
            return expected == 0 ? 0 : Math.round(submitted * 1000.0 / expected) / 10.0;
        }
    }

    public record UnitStatus(long unitId, String code, String nameZh, String nameEn, String kind, int depth,
            Long reportId, ReportStatus status, LocalDate dueOn, Instant submittedAt, boolean onTime)
            implements Serializable {
    }
}
