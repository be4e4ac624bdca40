package org.healthedu.privacy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One table of {@link PersonalDataRegistry}: how the rows about a set of participants are found ({@code owned}, a
 * condition on alias {@code t} with the parameter {@code :ids}), what the export reads ({@code exportSql}, with
 * {@code :ids}; null when the table is declared but holds nothing of a participant's), which columns an erasure sets
 * to what ({@code cleared}: column to SQL expression), and why the rest is kept.
 */
public record PersonalTable(String table, String owned, String exportSql, Map<String, String> cleared, String kept) {

    public PersonalTable {
        cleared = cleared == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cleared));
    }

    /** Declared only to say why it holds no participant's personal data (staff, sites, derived counts). */
    public static PersonalTable exempt(String table, String why) {
        return new PersonalTable(table, null, null, Map.of(), why);
    }

    public boolean exported() {
        return exportSql != null;
    }

    /** The erasure's statement, or null when nothing in the table is cleared. */
    public String eraseSql() {
        if (cleared.isEmpty()) {
            return null;
        }
        StringBuilder set = new StringBuilder();
        cleared.forEach((column, value) -> set.append(set.isEmpty() ? "" : ", ").append(column).append(" = ")
                .append(value));
        return "update " + table + " t set " + set + " where " + owned;
    }
}
