package org.healthedu.shared.tabular;

import java.util.List;
import java.util.Map;

/**
 * An uploaded table read against a set of columns: where each recognised column is, and the data rows that carry
 * something in at least one of them (rows with text only in unknown columns, a remark say, are spacing).
 */
public final class TabularFile<C extends Enum<C> & TabularColumn> {

    private final Map<C, Integer> positions;
    private final List<TabularRow> rows;

    TabularFile(Map<C, Integer> positions, List<TabularRow> rows) {
        this.positions = Map.copyOf(positions);
        this.rows = List.copyOf(rows);
    }

    public List<TabularRow> rows() {
        return rows;
    }

    /** Whether the header named this column. */
    public boolean has(C column) {
        return positions.containsKey(column);
    }

    /** The row's cell in this column, trimmed; null when blank or when the file has no such column. */
    public String cell(TabularRow row, C column) {
        return row.cell(positions.get(column));
    }
}
