package org.healthedu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallCellsTest {

    private static final ReportPeriod Q3 = ReportPeriod.quarter(2026, 3);

    private static boolean[][] hide(int minCell, boolean lastRowIsTotal, long[]... rows) {
        return SmallCells.hidden(rows, minCell, lastRowIsTotal);
    }

    private static boolean[] row(boolean... cells) {
        return cells;
    }

    @Test
    void aSmallCellIsHiddenAndTheNextSmallestOfItsRowWithIt() {
        // 3 women and 10 men of 13: hiding only the 3 would leave it as 13 - 10.
        assertThat(hide(5, false, new long[] {3, 10, 0})).isDeepEqualTo(new boolean[][] {row(true, true, false)});
    }

    @Test
    void twoSmallCellsOfARowProtectEachOtherAndTheLargeCellStays() {
        assertThat(hide(5, false, new long[] {2, 3, 20})).isDeepEqualTo(new boolean[][] {row(true, true, false)});
    }

    @Test
    void theComplementIsTheSmallestOtherNonZeroCell() {
        assertThat(hide(5, false, new long[] {4, 0, 30, 9, 12}))
                .isDeepEqualTo(new boolean[][] {row(true, false, false, true, false)});
    }

    @Test
    void zerosStayZeroAndCellsAtTheThresholdAreShown() {
        assertThat(hide(5, false, new long[] {0, 12, 7}, new long[] {5, 5, 0}))
                .isDeepEqualTo(new boolean[][] {row(false, false, false), row(false, false, false)});
    }

    @Test
    void aRowOfSmallCellsIsHiddenWhole() {
        assertThat(hide(5, false, new long[] {1, 2, 3})).isDeepEqualTo(new boolean[][] {row(true, true, true)});
    }

    @Test
    void aLoneSmallCellBesideZerosStaysHiddenWithNothingElseToHide() {
        // Its row's total (3) is the official figure and stays; nothing else of the row can be hidden.
        assertThat(hide(5, false, new long[] {0, 3, 0})).isDeepEqualTo(new boolean[][] {row(false, true, false)});
    }

    @Test
    void aColumnWithATotalRowGetsItsOwnComplement() {
        boolean[][] hidden = hide(5, true,
                new long[] {3, 10},
                new long[] {8, 9},
                new long[] {11, 19});
        // The 3 takes the 10 of its row; each column then hides the next smallest child cell (8, then 9).
        assertThat(hidden).isDeepEqualTo(new boolean[][] {row(true, true), row(true, true), row(false, false)});
    }

    @Test
    void aHiddenTotalRowCellNeedsAnotherHiddenCellInItsColumn() {
        // The total row's 4 alone would be the sum of the shown 2 + 2 ... which are hidden themselves: all three.
        boolean[][] hidden = hide(5, true,
                new long[] {2, 20},
                new long[] {2, 30},
                new long[] {4, 50});
        assertThat(hidden[0][0]).isTrue();
        assertThat(hidden[1][0]).isTrue();
        assertThat(hidden[2][0]).isTrue();
        // Every row then holds exactly one hidden cell, so each hides its other cell too.
        assertThat(hidden[0][1]).isTrue();
        assertThat(hidden[1][1]).isTrue();
        assertThat(hidden[2][1]).isTrue();
    }

    @Test
    void noLineIsLeftWithExactlyOneHiddenNonZeroRecoverableCell() {
        long[][] cells = {{1, 7, 12, 30}, {6, 6, 0, 9}, {14, 2, 8, 5}, {21, 15, 20, 44}};
        boolean[][] hidden = SmallCells.hidden(cells, 5, true);
        for (int r = 0; r < cells.length; r++) {
            assertThat(count(hidden[r])).as("row " + r).isNotEqualTo(1);
        }
        for (int c = 0; c < 4; c++) {
            int n = 0;
            for (boolean[] r : hidden) {
                n += r[c] ? 1 : 0;
            }
            assertThat(n).as("column " + c).isNotEqualTo(1);
        }
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < 4; c++) {
                if (cells[r][c] == 0) {
                    assertThat(hidden[r][c]).as("zero at " + r + "," + c).isFalse();
                }
            }
        }
    }

    @Test
    void aLowerThresholdHidesLess() {
        assertThat(hide(3, false, new long[] {3, 10})).isDeepEqualTo(new boolean[][] {row(false, false)});
        assertThat(hide(1, false, new long[] {1, 10})).isDeepEqualTo(new boolean[][] {row(false, false)});
    }

    private static int count(boolean[] cells) {
        int n = 0;
        for (boolean c : cells) {
            n += c ? 1 : 0;
        }
        return n;
    }

    // --- the figures --------------------------------------------------------------------------------------------

    private static Map<String, BigDecimal> values(Object... pairs) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Measure m : Measure.values()) {
            if (m.kind() == Measure.Kind.COUNT) {
                values.put(m.name(), BigDecimal.ZERO);
            }
        }
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(((Measure) pairs[i]).name(), BigDecimal.valueOf(((Number) pairs[i + 1]).longValue()));
        }
        return values;
    }

    private static UnitFigures unit(long id, String level, Map<String, BigDecimal> values) {
        return UnitFigures.of(id, "U" + id, "单位" + id, "Unit " + id, level, values);
    }

    @Test
    void theFiguresHideSmallBreakdownCellsAndKeepTotalsSessionsAndTargetsExact() {
        UnitFigures a = unit(2, "TOWNSHIP", values(Measure.ENROLLED, 14, Measure.ENROLLED_PARENTS, 14,
                Measure.ENROLLED_FEMALE, 3, Measure.ENROLLED_MALE, 11, Measure.SESSIONS_HELD, 2,
                Measure.CONTACTS, 3));
        UnitFigures b = unit(3, "TOWNSHIP", values(Measure.ENROLLED, 20, Measure.ENROLLED_PARENTS, 20,
                Measure.ENROLLED_FEMALE, 12, Measure.ENROLLED_MALE, 8, Measure.SESSIONS_HELD, 4));
        UnitFigures total = unit(1, "COUNTY", values(Measure.ENROLLED, 34, Measure.ENROLLED_PARENTS, 34,
                Measure.ENROLLED_FEMALE, 15, Measure.ENROLLED_MALE, 19, Measure.SESSIONS_HELD, 6,
                Measure.CONTACTS, 3));
        TargetProgress target = FiguresEngine.progress(9, "F", "女性家长", "Mothers", "人", "people",
                "ENROLLED_FEMALE", false, 20L, 15L, 50);
        ReportFigures exact = ReportFigures.exact(1, "P", "项目", "Project", total, List.of(a, b), List.of(target),
                Q3, Instant.EPOCH);

        ReportFigures shown = SmallCells.apply(exact, 5);

        assertThat(shown.minCell()).isEqualTo(5);
        assertThat(shown.anySuppressed()).isTrue();
        UnitFigures sa = shown.children().get(0);
        UnitFigures sb = shown.children().get(1);
        // A's 3 women: primary; A's 11 men: its row's complement; B's 12 women: the women's column's complement; B's
        // 8 men: B's row's complement. The county's own 15 and 19 stay: each of its columns holds two hidden cells.
        assertThat(sa.suppressed()).containsExactlyInAnyOrder("ENROLLED_FEMALE", "ENROLLED_MALE");
        assertThat(sb.suppressed()).containsExactlyInAnyOrder("ENROLLED_FEMALE", "ENROLLED_MALE");
        assertThat(shown.total().suppressed()).isEmpty();
        assertThat(sa.values()).doesNotContainKeys("ENROLLED_FEMALE", "ENROLLED_MALE");
        assertThat(sa.value(Measure.ENROLLED)).isEqualByComparingTo("14");
        assertThat(sa.value(Measure.ENROLLED_PARENTS)).isEqualByComparingTo("14");
        assertThat(sa.value(Measure.CONTACTS)).isEqualByComparingTo("3");
        assertThat(sa.value(Measure.SESSIONS_HELD)).isEqualByComparingTo("2");
        assertThat(shown.total().value(Measure.ENROLLED_FEMALE)).isEqualByComparingTo("15");
        assertThat(shown.targets()).containsExactly(target);
        // The exact figures are left as they were.
        assertThat(exact.children().get(0).value(Measure.ENROLLED_FEMALE)).isEqualByComparingTo("3");
        assertThat(exact.minCell()).isNull();
        assertThat(exact.anySuppressed()).isFalse();
    }

    @Test
    void peopleOfUnknownSexCountAsACellOfTheirOwn() {
        // 3 women, 10 men, 1 of unknown sex of 14: the 3 and the 1 (never shown, but 14 - 3 - 10) hide each other.
        UnitFigures a = unit(2, "SITE", values(Measure.ENROLLED, 14, Measure.ENROLLED_PARENTS, 14,
                Measure.ENROLLED_FEMALE, 3, Measure.ENROLLED_MALE, 10));
        ReportFigures shown = SmallCells.apply(ReportFigures.exact(1, "P", "项目", "Project", a, List.of(), List.of(),
                Q3, Instant.EPOCH), 5);
        assertThat(shown.total().suppressed()).containsExactly("ENROLLED_FEMALE");
        assertThat(shown.total().value(Measure.ENROLLED_MALE)).isEqualByComparingTo("10");
    }

    @Test
    void reachByActivityTypeAndCompletionsAreBreakdownsToo() {
        UnitFigures total = unit(1, "CITY", values(Measure.REACHED, 122, Measure.REACHED_LECTURE, 120,
                Measure.REACHED_CONSULTATION, 2, Measure.COMPLETED, 30, Measure.COMPLETED_STUDENTS, 29,
                Measure.COMPLETED_PEER_EDUCATORS, 1, Measure.COMPLETED_FEMALE, 30));
        ReportFigures shown = SmallCells.apply(ReportFigures.exact(1, "P", "项目", "Project", total, List.of(),
                List.of(), Q3, Instant.EPOCH), 5);
        assertThat(shown.total().suppressed()).contains("REACHED_CONSULTATION", "REACHED_LECTURE",
                "COMPLETED_PEER_EDUCATORS", "COMPLETED_STUDENTS").doesNotContain("COMPLETED_FEMALE");
        assertThat(shown.total().value(Measure.REACHED)).isEqualByComparingTo("122");
        assertThat(SmallCells.isBreakdown(Measure.REACHED_CONSULTATION)).isTrue();
        assertThat(SmallCells.isBreakdown(Measure.REACHED)).isFalse();
        assertThat(SmallCells.isBreakdown(Measure.CONTACTS)).isFalse();
    }

    @Test
    void figuresWithoutSmallCellsAreShownWhole() {
        UnitFigures total = unit(1, "COUNTY", values(Measure.ENROLLED, 40, Measure.ENROLLED_PARENTS, 40,
                Measure.ENROLLED_FEMALE, 22, Measure.ENROLLED_MALE, 18));
        ReportFigures shown = SmallCells.apply(ReportFigures.exact(1, "P", "项目", "Project", total, List.of(),
                List.of(), Q3, Instant.EPOCH), 5);
        assertThat(shown.anySuppressed()).isFalse();
        assertThat(shown.total().values()).isEqualTo(total.values());
    }

    @Test
    void changesOfAHiddenCellAreLeftOut() {
        UnitFigures a = unit(2, "TOWNSHIP", values(Measure.ENROLLED, 14, Measure.ENROLLED_PARENTS, 14,
                Measure.ENROLLED_FEMALE, 3, Measure.ENROLLED_MALE, 11));
        UnitFigures a2 = unit(2, "TOWNSHIP", values(Measure.ENROLLED, 15, Measure.ENROLLED_PARENTS, 15,
                Measure.ENROLLED_FEMALE, 4, Measure.ENROLLED_MALE, 11));
        ReportFigures frozen = ReportFigures.exact(1, "P", "项目", "Project", a, List.of(), List.of(), Q3,
                Instant.EPOCH);
        ReportFigures now = ReportFigures.exact(1, "P", "项目", "Project", a2, List.of(), List.of(), Q3, Instant.EPOCH);
        List<ReportDocument.Change> exact = FigureChanges.between(frozen, now);
        assertThat(exact).extracting(ReportDocument.Change::measure).contains("ENROLLED_FEMALE", "ENROLLED");

        List<ReportDocument.Change> shown = SmallCells.changes(exact, SmallCells.apply(frozen, 5),
                SmallCells.apply(now, 5));
        assertThat(shown).extracting(ReportDocument.Change::measure).containsExactlyInAnyOrder("ENROLLED",
                "ENROLLED_PARENTS");
    }

    @Test
    void theDashboardsMonthsHideSmallCellsAndKeepTheMonthsTotals() {
        ProjectDashboard.Month sept = new ProjectDashboard.Month(LocalDate.of(2026, 9, 1), 3, 30, 25, 28, 10, 14, 14L,
                0L, 0L, 3L, 11L, 0, Map.of("LECTURE", 0L), List.of());
        ProjectDashboard.Month oct = new ProjectDashboard.Month(LocalDate.of(2026, 10, 1), 2, 20, 18, 18, 8, 20, 20L,
                0L, 0L, 12L, 8L, 0, Map.of("LECTURE", 0L), List.of());

        List<ProjectDashboard.Month> shown = SmallCells.months(List.of(sept, oct), 5);

        assertThat(shown.get(0).value(Measure.ENROLLED_FEMALE)).isNull();
        assertThat(shown.get(0).enrolledFemale()).isNull();
        assertThat(shown.get(0).value(Measure.ENROLLED_MALE)).isNull();
        assertThat(shown.get(1).value(Measure.ENROLLED_FEMALE)).as("the women's column's complement").isNull();
        assertThat(shown.get(0).suppressed()).containsExactlyInAnyOrder("ENROLLED_FEMALE", "ENROLLED_MALE");
        assertThat(shown.get(0).value(Measure.ENROLLED)).isEqualTo(14L);
        assertThat(shown.get(0).value(Measure.ENROLLED_PARENTS)).isEqualTo(14L);
        assertThat(shown.get(0).value(Measure.CONTACTS)).isEqualTo(28L);
        assertThat(shown.get(0).value(Measure.REACHED_LECTURE)).isEqualTo(0L);
    }

    @Test
    void theThresholdIsTheFeedbackResultsSetting() {
        String before = System.getProperty("healthedu.feedback.min-cell");
        try {
            System.setProperty("healthedu.feedback.min-cell", "3");
            assertThat(SmallCells.minCell()).isEqualTo(3);
            System.clearProperty("healthedu.feedback.min-cell");
            assertThat(SmallCells.minCell()).isEqualTo(5);
        } finally {
            if (before != null) {
                System.setProperty("healthedu.feedback.min-cell", before);
            }
        }
    }
}
