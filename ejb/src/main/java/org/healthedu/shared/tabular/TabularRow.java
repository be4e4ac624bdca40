package org.healthedu.shared.tabular;

import java.util.List;

/**
 * A row of cells as read, before the header gives them meaning. {@code line} is the row number the user sees in their
 * spreadsheet or editor (the header is usually line 1), so errors point at the right row.
 */
public record TabularRow(int line, List<String> cells) {

    public TabularRow {
        cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
    }

    /** The cell at {@code position}, trimmed; null when blank or beyond the row's end. */
    public String cell(Integer position) {
        if (position == null || position >= cells.size()) {
            return null;
        }
        return clean(cells.get(position));
    }

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
