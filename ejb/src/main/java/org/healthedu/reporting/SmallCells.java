package org.healthedu.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthedu.feedback.FeedbackResultSettings;

/**
 * Small-cell suppression of the figures shown above the site, so that no breakdown singles out a person (a minor,
 * often): a count of people by kind, sex or activity type of 1 to {@code minCell - 1} is hidden (primary
 * suppression), and so is, where needed, a second cell of the same row or column (secondary suppression), so that a
 * hidden cell cannot be worked out by subtracting the shown cells from a shown total. Totals of people per unit,
 * sessions, contacts, rates and targets are the official figures and stay exact; zeros stay 0. The threshold is the
 * feedback results' ({@link FeedbackResultSettings#minCell()}, {@code HEALTHEDU_FEEDBACK_MIN_CELL}): one setting.
 *
 * <p>This is a presentation step: the engine, the rollups and the frozen snapshots keep the exact figures.
 */
public final class SmallCells {

    /** A breakdown: the exact total and the measures that split it (what they do not cover is a remainder cell). */
    record Group(Measure total, List<Measure> parts) {
    }

    /** The people breakdowns the figures carry. */
    static final List<Group> GROUPS = List.of(
            new Group(Measure.ENROLLED, List.of(Measure.ENROLLED_PARENTS, Measure.ENROLLED_STUDENTS,
                    Measure.ENROLLED_PEER_EDUCATORS)),
            new Group(Measure.ENROLLED, List.of(Measure.ENROLLED_FEMALE, Measure.ENROLLED_MALE)),
            new Group(Measure.COMPLETED, List.of(Measure.COMPLETED_PARENTS, Measure.COMPLETED_STUDENTS,
                    Measure.COMPLETED_PEER_EDUCATORS)),
            new Group(Measure.COMPLETED, List.of(Measure.COMPLETED_FEMALE, Measure.COMPLETED_MALE)),
            new Group(Measure.REACHED, List.of(Measure.REACHED_LECTURE, Measure.REACHED_CONSULTATION,
                    Measure.REACHED_CAMPAIGN, Measure.REACHED_VOLUNTEER_SERVICE, Measure.REACHED_FAMILY_VISIT,
                    Measure.REACHED_OTHER)));

    private SmallCells() {
    }

    /** The threshold in force: the feedback results' small-cell setting. */
    public static int minCell() {
        return FeedbackResultSettings.current().minCell();
    }

    /** Whether a measure is a breakdown of people that may be hidden. */
    public static boolean isBreakdown(Measure measure) {
        return GROUPS.stream().anyMatch(g -> g.parts().contains(measure));
    }

    /**
     * Which cells of a table to hide. Each row's cells split a total that is shown exactly (the caller adds a
     * remainder column when the cells do not cover it); when {@code lastRowIsTotal}, the last row is the sum of the
     * rows above, column by column (the caller adds a remainder row when the rows do not cover it). A cell of 1 to
     * {@code minCell - 1} is hidden; then, until nothing changes, a row or column with exactly one hidden cell also
     * hides its smallest other non-zero cell. A zero is never hidden (it tells nothing about anyone); a line whose only
     * non-zero cell is hidden keeps it hidden although its shown total equals it (the total is the official figure).
     */
    public static boolean[][] hidden(long[][] cells, int minCell, boolean lastRowIsTotal) {
        int rows = cells.length;
        boolean[][] hide = new boolean[rows][];
        for (int r = 0; r < rows; r++) {
            hide[r] = new boolean[cells[r].length];
            for (int c = 0; c < cells[r].length; c++) {
                hide[r][c] = cells[r][c] > 0 && cells[r][c] < minCell;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows; r++) {
                int[][] line = new int[cells[r].length][];
                for (int c = 0; c < line.length; c++) {
                    line[c] = new int[] {r, c};
                }
                changed |= complement(cells, hide, line);
            }
            if (lastRowIsTotal && rows > 1) {
                int columns = cells[rows - 1].length;
                for (int c = 0; c < columns; c++) {
                    int[][] line = new int[rows][];
                    for (int r = 0; r < rows; r++) {
                        line[r] = new int[] {r, c};
                    }
                    changed |= complement(cells, hide, line);
                }
            }
        }
        return hide;
    }

    /** A line (row or column) with exactly one hidden cell hides its smallest other non-zero cell; true if it did. */
    private static boolean complement(long[][] cells, boolean[][] hide, int[][] line) {
        int hiddenCount = 0;
        int[] smallest = null;
        for (int[] at : line) {
            if (at[1] >= cells[at[0]].length) {
                continue;
            }
            if (hide[at[0]][at[1]]) {
                hiddenCount++;
            } else if (cells[at[0]][at[1]] > 0
                    && (smallest == null || cells[at[0]][at[1]] <= cells[smallest[0]][smallest[1]])) {
                smallest = at;
            }
        }
        if (hiddenCount == 1 && smallest != null) {
            hide[smallest[0]][smallest[1]] = true;
            return true;
        }
        return false;
    }

    /**
     * The figures as shown above the site: each breakdown hidden where needed (the value left out, the measure listed
     * in the unit's {@code suppressed}), over the table of the children and the total. {@code minCell} is recorded, so
     * every view can explain the mark.
     */
    public static ReportFigures apply(ReportFigures exact, int minCell) {
        List<UnitFigures> children = exact.children() == null ? List.of() : exact.children();
        int n = children.size();
        List<UnitFigures> rows = new ArrayList<>(children);
        rows.add(exact.total());
        List<List<String>> suppressed = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            suppressed.add(new ArrayList<>());
        }
        for (Group group : GROUPS) {
            int parts = group.parts().size();
            // Rows: the children, what they leave of the total (inactive units), the total. Columns: the parts and what
            // they leave of the row's total (unknown sex, …).
            long[][] cells = new long[n + 2][parts + 1];
            for (int i = 0; i <= n; i++) {
                int row = i < n ? i : n + 1;
                fillRow(cells[row], rows.get(i), group);
            }
            for (int c = 0; c <= parts; c++) {
                long sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += cells[i][c];
                }
                cells[n][c] = Math.max(0, cells[n + 1][c] - sum);
            }
            boolean[][] hide = hidden(cells, minCell, true);
            for (int i = 0; i <= n; i++) {
                boolean[] rowHide = hide[i < n ? i : n + 1];
                for (int c = 0; c < parts; c++) {
                    if (rowHide[c]) {
                        suppressed.get(i).add(group.parts().get(c).name());
                    }
                }
            }
        }
        List<UnitFigures> shownChildren = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            shownChildren.add(without(children.get(i), suppressed.get(i)));
        }
        return new ReportFigures(exact.projectId(), exact.projectCode(), exact.projectNameZh(),
                exact.projectNameEn(), without(exact.total(), suppressed.get(n)), shownChildren, exact.targets(),
                exact.period(), exact.computedAt(), minCell);
    }

    /** A row's parts and the remainder of its total (never below 0). */
    private static void fillRow(long[] row, UnitFigures unit, Group group) {
        long sum = 0;
        for (int c = 0; c < group.parts().size(); c++) {
            row[c] = count(unit, group.parts().get(c));
            sum += row[c];
        }
        row[group.parts().size()] = Math.max(0, count(unit, group.total()) - sum);
    }

    private static long count(UnitFigures unit, Measure measure) {
        if (unit == null || unit.values() == null) {
            return 0;
        }
        BigDecimal v = unit.values().get(measure.name());
        return v == null ? 0 : Math.max(0, v.longValue());
    }

    private static UnitFigures without(UnitFigures unit, List<String> hidden) {
        if (unit == null) {
            return null;
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        if (unit.values() != null) {
            unit.values().forEach((k, v) -> {
                if (!hidden.contains(k)) {
                    values.put(k, v);
                }
            });
        }
        return new UnitFigures(unit.unitId(), unit.code(), unit.nameZh(), unit.nameEn(), unit.level(), values,
                List.copyOf(hidden));
    }

    /**
     * The changes since submission as shown above the site: a breakdown cell hidden on either side is left out (its
     * unit's total of people still shows any change).
     */
    public static List<ReportDocument.Change> changes(List<ReportDocument.Change> exact, ReportFigures frozenShown,
            ReportFigures nowShown) {
        List<ReportDocument.Change> shown = new ArrayList<>();
        for (ReportDocument.Change change : exact) {
            if (!hiddenIn(frozenShown, change) && !hiddenIn(nowShown, change)) {
                shown.add(change);
            }
        }
        return shown;
    }

    private static boolean hiddenIn(ReportFigures figures, ReportDocument.Change change) {
        if (figures == null) {
            return false;
        }
        if (change.unitId() == null) {
            return figures.total() != null && figures.total().isSuppressed(change.measure());
        }
        return figures.children() != null && figures.children().stream()
                .anyMatch(u -> u.unitId() == change.unitId() && u.isSuppressed(change.measure()));
    }

    /**
     * A dashboard's monthly series as shown above the site: each month's breakdowns hidden where needed, over the
     * table of the months and their sum (what the figures of the period show), the month's total exact.
     */
    public static List<ProjectDashboard.Month> months(List<ProjectDashboard.Month> exact, int minCell) {
        int n = exact.size();
        List<List<String>> suppressed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            suppressed.add(new ArrayList<>());
        }
        for (Group group : GROUPS) {
            if (group.total() == Measure.COMPLETED) {
                continue;
            }
            int parts = group.parts().size();
            long[][] cells = new long[n + 1][parts + 1];
            for (int i = 0; i < n; i++) {
                long sum = 0;
                for (int c = 0; c < parts; c++) {
                    Long v = exact.get(i).value(group.parts().get(c));
                    cells[i][c] = v == null ? 0 : v;
                    sum += cells[i][c];
                }
                Long total = exact.get(i).value(group.total());
                cells[i][parts] = Math.max(0, (total == null ? 0 : total) - sum);
                for (int c = 0; c <= parts; c++) {
                    cells[n][c] += cells[i][c];
                }
            }
            boolean[][] hide = hidden(cells, minCell, true);
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < parts; c++) {
                    if (hide[i][c]) {
                        suppressed.get(i).add(group.parts().get(c).name());
                    }
                }
            }
        }
        List<ProjectDashboard.Month> shown = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            shown.add(exact.get(i).without(suppressed.get(i)));
        }
        return shown;
    }
}
