package org.healthedu.reporting;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One unit's figures (its whole subtree) for a project and period: measure name → value. A measure that does not
 * apply (a rate with nothing to divide, a mean without answers) is absent rather than 0.
 */
public record UnitFigures(long unitId, String code, String nameZh, String nameEn, String level,
        Map<String, BigDecimal> values) implements Serializable {

    public BigDecimal value(Measure measure) {
        return values.get(measure.name());
    }

    /** A count, 0 when absent. */
    public long count(Measure measure) {
        BigDecimal v = values.get(measure.name());
        return v == null ? 0 : v.longValue();
    }
}
