package org.healthedu.reporting;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One unit's figures (its whole subtree) for a project and period: measure name → value. A measure that does not
 * apply (a rate with nothing to divide, a mean without answers) is absent rather than 0. {@code suppressed}: the
 * breakdown measures hidden as small cells above the site ({@link SmallCells}), absent from {@code values} (empty or
 * null: none; frozen snapshots and exact views have none).
 */
public record UnitFigures(long unitId, String code, String nameZh, String nameEn, String level,
        Map<String, BigDecimal> values, List<String> suppressed) implements Serializable {

    /** Exact figures: nothing hidden. (A factory, not a second constructor: JSON-B reads records by their one.) */
    public static UnitFigures of(long unitId, String code, String nameZh, String nameEn, String level,
            Map<String, BigDecimal> values) {
        return new UnitFigures(unitId, code, nameZh, nameEn, level, values, List.of());
    }

    /** Whether the measure (by name) is hidden as a small cell. */
    public boolean isSuppressed(String measure) {
        return suppressed != null && suppressed.contains(measure);
    }

    public boolean isSuppressed(Measure measure) {
        return isSuppressed(measure.name());
    }

    public BigDecimal value(Measure measure) {
        return values.get(measure.name());
    }

    /** A count, 0 when absent. */
    public long count(Measure measure) {
        BigDecimal v = values.get(measure.name());
        return v == null ? 0 : v.longValue();
    }
}
