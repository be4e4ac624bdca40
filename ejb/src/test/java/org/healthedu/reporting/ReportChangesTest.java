package org.healthedu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportChangesTest {

    private static final ReportPeriod Q3 = ReportPeriod.quarter(2026, 3);

    private static UnitFigures unit(long id, Map<String, BigDecimal> values) {
        return UnitFigures.of(id, "U" + id, "单位" + id, "Unit " + id, "COUNTY", values);
    }

    private static ReportFigures figures(UnitFigures total, List<UnitFigures> children) {
        return ReportFigures.exact(1, "P", "项目", "Project", total, children, List.of(), Q3, Instant.EPOCH);
    }

    @Test
    void onlyMeasuresThatDifferAreListedForTheTotalAndEachChild() {
        ReportFigures frozen = figures(unit(1, Map.of("SESSIONS_HELD", BigDecimal.valueOf(4),
                "ATTENDANCE_RATE", new BigDecimal("0.5000"))), List.of(unit(2, Map.of("SESSIONS_HELD",
                BigDecimal.valueOf(4)))));
        ReportFigures now = figures(unit(1, Map.of("SESSIONS_HELD", BigDecimal.valueOf(5),
                "ATTENDANCE_RATE", new BigDecimal("0.50"))), List.of(unit(2, Map.of("SESSIONS_HELD",
                BigDecimal.valueOf(5))), unit(3, Map.of("SESSIONS_HELD", BigDecimal.ONE))));

        List<ReportDocument.Change> changes = FigureChanges.between(frozen, now);

        assertThat(changes).extracting(ReportDocument.Change::unitId, ReportDocument.Change::measure,
                ReportDocument.Change::frozen, ReportDocument.Change::now).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, "SESSIONS_HELD", BigDecimal.valueOf(4), BigDecimal.valueOf(5)),
                org.assertj.core.groups.Tuple.tuple(2L, "SESSIONS_HELD", BigDecimal.valueOf(4), BigDecimal.valueOf(5)),
                org.assertj.core.groups.Tuple.tuple(3L, "SESSIONS_HELD", null, BigDecimal.ONE));
    }

    @Test
    void identicalFiguresHaveNoChanges() {
        ReportFigures same = figures(unit(1, Map.of("SESSIONS_HELD", BigDecimal.TEN)), List.of());
        assertThat(FigureChanges.between(same, same)).isEmpty();
    }

    @Test
    void aMeasureThatAppearsOrDisappearsIsAChange() {
        ReportFigures frozen = figures(unit(1, Map.of("SATISFACTION_MEAN", new BigDecimal("4.20"))), List.of());
        ReportFigures now = figures(unit(1, Map.of()), List.of());
        assertThat(FigureChanges.between(frozen, now)).singleElement()
                .satisfies(c -> assertThat(c.now()).isNull());
    }
}
