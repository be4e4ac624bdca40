package org.healthedu.organisation.imports;

import java.io.Serializable;

/**
 * One data row of an uploaded unit file, exactly as the user typed it: trimmed text, null when blank. {@code line} is
 * the row number the user sees in their spreadsheet or editor (the header is line 1), so errors point at the right row.
 */
public record UnitImportRow(int line, String code, String parentCode, String kind, String nameZh, String nameEn)
        implements Serializable {

    public UnitImportRow {
        code = clean(code);
        parentCode = clean(parentCode);
        kind = clean(kind);
        nameZh = clean(nameZh);
        nameEn = clean(nameEn);
    }

    /** Whether every cell is blank: such rows are spacing in the file, not units. */
    public boolean isBlank() {
        return code == null && parentCode == null && kind == null && nameZh == null && nameEn == null;
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
